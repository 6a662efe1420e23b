package org.abhilekh.presskit.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.platform.control.PublicAddress;
import org.abhilekh.presskit.control.FileNames;
import org.abhilekh.presskit.control.KitZip;

/**
 * {@code /press/kits/{slug}.zip}: the kit as one ZIP, written straight from the blob store into the
 * response; and {@code /press/kits/{slug}/items/{id}}: one kit-only file, for the kit page's photos.
 * Both take {@code ?preview=TOKEN} for an embargoed kit. A servlet rather than a JAX-RS resource,
 * because JAX-RS lives under {@code /api} and the ZIP's address is part of the public contract.
 */
@WebServlet(urlPatterns = "/press/kits/*")
public class KitDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SiteUrl siteUrl;

    @Inject
    transient PublicAddress publicAddress;
    private static final Pattern ZIP = Pattern.compile("/([a-z0-9-]{1,80})\\.zip");
    private static final Pattern ITEM = Pattern.compile("/([a-z0-9-]{1,80})/items/([0-9]{1,18})");

    @Inject
    transient PressKits pressKits;

    @Inject
    transient Caller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        PressKits.Viewer viewer = new PressKits.Viewer(caller.isStaff(), request.getParameter("preview"));
        try {
            Matcher zip = ZIP.matcher(path);
            Matcher item = ITEM.matcher(path);
            if (zip.matches()) {
                sendZip(zip.group(1), viewer, request, response);
            } else if (item.matches()) {
                sendItem(item.group(1), Long.parseLong(item.group(2)), viewer, response);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void sendZip(String slug, PressKits.Viewer viewer, HttpServletRequest request, HttpServletResponse response) throws IOException {
        PressKits.Download download = pressKits.download(slug, viewer, siteUrl.of(request));
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", org.abhilekh.platform.control.Downloads.attachment(download.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Embargoed and staff views differ from the public one: no shared cache may keep them. The README's links are
        // absolute, so a public ZIP is shared only when they come from the configured public address.
        response.setHeader("Cache-Control", viewer.staff() || viewer.previewToken() != null ? "private, no-store" : publicAddress.cacheControl(300));
        KitZip.write(download.parts(), download.readme(), download.modified(), download.checksums(), response.getOutputStream());
    }

    private void sendItem(String slug, long itemId, PressKits.Viewer viewer, HttpServletResponse response) throws IOException {
        PressKits.ItemFile file = pressKits.itemFile(slug, itemId, viewer);
        response.setContentType(file.mediaType() == null ? "application/octet-stream" : file.mediaType());
        response.setContentLengthLong(Files.size(file.file()));
        response.setHeader("Content-Disposition", org.abhilekh.platform.control.Downloads.attachment(file.fileName() == null ? "file" : file.fileName())
                .replaceFirst("^attachment", "inline"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox");
        Files.copy(file.file(), response.getOutputStream());
    }
}
