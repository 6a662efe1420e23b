package org.abhilekh.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Every JSON resource lives under {@code /api}; its description is served at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Abhilekh API", version = "1",
        description = "Search and put documents into the archive of the Jharkhand Child Rights Forum."
                + " Errors are application/problem+json (RFC 9457)."))
public class JaxRsConfiguration extends Application {
}
