package org.abhilekh.security.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * With CSP on, PrimeFaces refuses a form post that does not send back the page's nonce
 * ({@code primefaces.nonce}). Its script adds that field to every form, but only on pages that load
 * PrimeFaces' script; plain JSF forms elsewhere (the comment form, the logout button in the header,
 * moderation) would fail. So the response writer closes every form with the field, on full pages and
 * in Ajax updates alike (registered in faces-config.xml). The nonce is PrimeFaces' own, a Base64 UUID
 * that it validates, so it needs no escaping.
 */
public class CspNonceRenderKitFactory extends RenderKitFactory {

    public CspNonceRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : new NonceRenderKit(kit);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    private static final class NonceRenderKit extends RenderKitWrapper {

        NonceRenderKit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String characterEncoding) {
            return new NonceWriter(super.createResponseWriter(writer, contentTypeList, characterEncoding));
        }
    }

    private static final class NonceWriter extends ResponseWriterWrapper {

        NonceWriter(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void endElement(String name) throws IOException {
            if ("form".equalsIgnoreCase(name)) {
                FacesContext context = FacesContext.getCurrentInstance();
                if (context != null && PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
                    super.startElement("input", null);
                    super.writeAttribute("type", "hidden", null);
                    super.writeAttribute("name", "primefaces.nonce", null);
                    super.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
                    super.endElement("input");
                }
            }
            super.endElement(name);
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new NonceWriter(super.cloneWithWriter(writer));
        }
    }
}
