package org.abhilekh.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every JSON resource lives under {@code /api}. */
@ApplicationPath("api")
public class JaxRsConfiguration extends Application {
}
