package org.abhilekh.security.boundary;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.html.HtmlOutputText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * With CSP on, PrimeFaces refuses a form post that does not send back the page's nonce
 * ({@code primefaces.nonce}). Its script adds that field to every form, but only on pages that load
 * PrimeFaces' script; plain JSF forms elsewhere (the comment form, the logout button in the header,
 * moderation) would fail. So every form gets the field from the server, before it is rendered
 * (registered for PreRenderViewEvent in faces-config.xml). The nonce is PrimeFaces' own, validated by it
 * as a Base64 UUID, so it is written without escaping.
 */
public class CspNonceForms implements SystemEventListener {

    static final String FIELD_ID = "csp-nonce";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
            return;
        }
        String nonce = PrimeFacesContext.getCspState(context).getNonce();
        addTo((UIComponent) event.getSource(), nonce);
    }

    private static void addTo(UIComponent component, String nonce) {
        if (component instanceof UIForm form) {
            HtmlOutputText field = form.getChildren().stream().filter(child -> FIELD_ID.equals(child.getId()))
                    .filter(HtmlOutputText.class::isInstance).map(HtmlOutputText.class::cast).findFirst().orElse(null);
            if (field == null) {
                field = new HtmlOutputText();
                field.setId(FIELD_ID);
                field.setEscape(false);
                field.setTransient(true);
                form.getChildren().add(field);
            }
            field.setValue("<input type=\"hidden\" name=\"primefaces.nonce\" value=\"" + nonce + "\"/>");
            return;
        }
        for (UIComponent child : component.getChildren()) {
            addTo(child, nonce);
        }
    }
}
