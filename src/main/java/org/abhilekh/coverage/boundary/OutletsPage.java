package org.abhilekh.coverage.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.abhilekh.coverage.entity.OutletView;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.boundary.PageMessages;
import org.abhilekh.platform.control.BadInputException;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /admin/outlets.xhtml}: the outlet list for staff, a form to add or change one outlet
 * ({@code ?id=} picks it) and one to merge two. Any staff role may manage outlets: they are how staff
 * describe clippings, not published content.
 */
@Named
@RequestScoped
public class OutletsPage {

    private static final String LIST = "/admin/outlets.xhtml?faces-redirect=true";

    @Inject
    Outlets outlets;

    @Inject
    Caller caller;

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
        id = Faces.getRequestParameter("id");
        if (id != null && !id.isBlank() && !Faces.isPostback()) {
            String found = PageMessages.attempt(() -> {
                OutletView outlet = outlets.find(parse(id));
                name = outlet.name();
                medium = outlet.medium();
                language = outlet.language();
                city = outlet.city();
                aliases = aliasLine(outlet);
                reviewed = Boolean.TRUE.equals(outlet.reviewed());
                return id;
            });
            id = found;
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
        return PageMessages.attempt(() -> {
            Long outletId = id == null || id.isBlank() ? null : parse(id);
            outlets.save(outletId, name, medium, language, city, aliases, reviewed, caller.getName());
            PageMessages.flashInfo("outlets.saved");
            return LIST;
        });
    }

    public String merge() {
        return PageMessages.attempt(() -> {
            int moved = outlets.merge(parse(mergeFrom), parse(mergeInto), caller.getName());
            PageMessages.flashInfo("outlets.merged", moved);
            return LIST;
        });
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
