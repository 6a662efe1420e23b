package org.abhilekh.presskit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.abhilekh.presskit.entity.KitView;
import org.abhilekh.security.boundary.Caller;

/** {@code /api/presskits}: the kits the caller may see; staff also get each kit's preview token. */
@Path("presskits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PressKitsResource {

    @Inject
    SiteUrl siteUrl;

    @Inject
    PressKits pressKits;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @GET
    public List<KitView> list() {
        return pressKits.list(new PressKits.Viewer(caller.isStaff(), null), siteUrl.of(request));
    }

    @GET
    @Path("{slug}")
    public KitView kit(@PathParam("slug") String slug, @QueryParam("preview") String preview) {
        return pressKits.find(slug, new PressKits.Viewer(caller.isStaff(), preview), siteUrl.of(request));
    }
}
