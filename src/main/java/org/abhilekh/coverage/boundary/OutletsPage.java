package org.abhilekh.coverage.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.abhilekh.coverage.entity.OutletView;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.control.AbhilekhException;
import org.abhilekh.platform.control.BadInputException;

/**
 * Backs {@code /admin/outlets.xhtml}: the outlet list for staff, a form to add or change one outlet
 * ({@code ?id=} picks it) and one to merge two. Any staff role may manage outlets: they are how staff
 * describe clippings, not published content.
 */
@Named
@RequestScoped
public class OutletsPage {

    @Inject
    Outlets outlets;

    @Inject
    Caller caller;

    @Inject
    HttpServletRequest request;

    @Inject
    ExternalContext externalContext;

    @Inject
    FacesContext faces;

    private List<OutletView> list;
    private String id;
    private String name;
    private String medium;
    private String language;
    private String city;
    private String aliases;
    private boolean reviewed = true;
    private String mergeFrom;
    private String mergeInto;

    @PostConstruct
    void init() {
        id = request.getParameter("id");
        if (id != null && !id.isBlank() && !faces.isPostback()) {
            try {
                OutletView outlet = outlets.find(parse(id));
                name = outlet.name();
                medium = outlet.medium();
                language = outlet.language();
                city = outlet.city();
                aliases = aliasLine(outlet);
                reviewed = Boolean.TRUE.equals(outlet.reviewed());
            } catch (AbhilekhException e) {
                id = null;
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            }
        }
    }

    public List<OutletView> getOutlets() {
        if (list == null) {
            list = outlets.list(true);
        }
        return list;
    }

    /** The aliases as one line, separated by semicolons (names may contain commas). */
    public String aliasLine(OutletView outlet) {
        return outlet.aliases() == null ? "" : String.join("; ", outlet.aliases());
    }

    public long getUnreviewed() {
        return getOutlets().stream().filter(outlet -> !Boolean.TRUE.equals(outlet.reviewed())).count();
    }

    public String save() {
        try {
            Long outletId = id == null || id.isBlank() ? null : parse(id);
            outlets.save(outletId, name, medium, language, city, aliases, reviewed, caller.getName());
            return done("outlets.saved");
        } catch (AbhilekhException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return null;
        }
    }

    public String merge() {
        try {
            int moved = outlets.merge(parse(mergeFrom), parse(mergeInto), caller.getName());
            externalContext.getFlash().setKeepMessages(true);
            String text = java.text.MessageFormat.format(messages().getString("outlets.merged"), moved);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
            return "/admin/outlets.xhtml?faces-redirect=true";
        } catch (AbhilekhException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return null;
        }
    }

    private String done(String key) {
        externalContext.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages().getString(key), null));
        return "/admin/outlets.xhtml?faces-redirect=true";
    }

    private java.util.ResourceBundle messages() {
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("Choose an outlet from the list.", e);
        }
    }

    public boolean isEditing() {
        return id != null && !id.isBlank();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMedium() {
        return medium;
    }

    public void setMedium(String medium) {
        this.medium = medium;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }

    public boolean isReviewed() {
        return reviewed;
    }

    public void setReviewed(boolean reviewed) {
        this.reviewed = reviewed;
    }

    public String getMergeFrom() {
        return mergeFrom;
    }

    public void setMergeFrom(String mergeFrom) {
        this.mergeFrom = mergeFrom;
    }

    public String getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(String mergeInto) {
        this.mergeInto = mergeInto;
    }
}
