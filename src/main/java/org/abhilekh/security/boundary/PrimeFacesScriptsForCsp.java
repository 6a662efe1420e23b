package org.abhilekh.security.boundary;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIOutput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.List;
import org.primefaces.context.PrimeApplicationContext;

/**
 * With CSP on, PrimeFaces moves every inline event handler, also those of plain JSF components such as
 * the post editor's f:ajax live preview, into a nonce'd {@code PrimeFaces.csp.register(...)} call. That
 * call needs PrimeFaces' script, which JSF loads only on pages with a PrimeFaces component; so staff
 * pages ({@code /admin/}) always load it (registered for PreRenderViewEvent in faces-config.xml). They
 * also load {@code js/csp-ajax.js}: Mojarra's f:ajax sends only the fields it executes, not the nonce
 * PrimeFaces checks on every post, so that script adds the nonce to each f:ajax request.
 */
public class PrimeFacesScriptsForCsp implements SystemEventListener {

    private static final List<String[]> SCRIPTS = List.of(new String[] {"primefaces", "jquery/jquery.js"},
            new String[] {"primefaces", "core.js"}, new String[] {"jakarta.faces", "faces.js"}, new String[] {null, "js/csp-ajax.js"});

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIViewRoot root = context.getViewRoot();
        if (root == null || root.getViewId() == null || !root.getViewId().startsWith("/admin/")
                || !PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
            return;
        }
        for (String[] libraryAndName : SCRIPTS) {
            String library = libraryAndName[0];
            String name = libraryAndName[1];
            boolean present = false;
            for (UIComponent resource : root.getComponentResources(context, "head")) {
                present |= name.equals(resource.getAttributes().get("name"))
                        && java.util.Objects.equals(library, resource.getAttributes().get("library"));
            }
            if (!present) {
                UIOutput script = new UIOutput();
                script.setRendererType("jakarta.faces.resource.Script");
                if (library != null) {
                    script.getAttributes().put("library", library);
                }
                script.getAttributes().put("name", name);
                root.addComponentResource(context, script, "head");
            }
        }
    }
}
