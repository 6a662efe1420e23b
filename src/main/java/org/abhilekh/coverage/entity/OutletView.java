package org.abhilekh.coverage.entity;

import java.util.List;

/**
 * An outlet as the API and the staff page show it. {@code clippings} counts the clippings the caller
 * may see; the public list leaves out aliases, review state and outlets with no public clipping.
 */
public record OutletView(Long id, String name, String medium, String language, String city, List<String> aliases,
                         Boolean reviewed, int clippings) {

    public static OutletView of(Outlet outlet, int clippings, boolean staff) {
        return staff
                ? new OutletView(outlet.getId(), outlet.getName(), outlet.getMedium(), outlet.getLanguage(), outlet.getCity(),
                        outlet.getAliases().stream().map(OutletAlias::getName).toList(), outlet.isReviewed(), clippings)
                : new OutletView(null, outlet.getName(), outlet.getMedium(), outlet.getLanguage(), outlet.getCity(), null, null, clippings);
    }
}
