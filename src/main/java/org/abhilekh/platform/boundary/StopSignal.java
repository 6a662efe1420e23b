package org.abhilekh.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.abhilekh.platform.control.ServerLifecycle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * A polite stop (SIGTERM, as a service manager or {@code podman stop} sends it) drains before the container
 * stops: readiness turns DOWN and every new request is answered 503 with {@code Retry-After}
 * ({@link StoppingFilter}) for {@code abhilekh.shutdown.drain-millis}, while requests already running
 * finish; then the JVM's own handling runs, which stops Payara Micro. Without it, Payara Micro's shutdown
 * hook undeploys the application while its port is still open, and requests arriving then get an empty 500.
 *
 * <p>Hand-written because nothing in the platform lets an application act before the container's own
 * shutdown hook (the JVM runs every hook at once): only the signal comes first. {@code sun.misc.Signal} is
 * the JDK's exported way to handle it (module {@code jdk.unsupported}).
 */
@WebListener
public class StopSignal implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StopSignal.class.getName());
    private static final Signal TERM = new Signal("TERM");
    /** What the JVM's own handler exits with on SIGTERM: 128 + 15. */
    private static final int TERM_EXIT_STATUS = 143;

    @Inject
    ServerLifecycle lifecycle;

    @Inject
    @ConfigProperty(name = "abhilekh.shutdown.drain-millis", defaultValue = "2000")
    long drainMillis;

    private SignalHandler previous;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (drainMillis <= 0) {
            return;
        }
        try {
            previous = Signal.handle(TERM, this::drainThenStop);
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "SIGTERM cannot be handled here (" + e.getMessage() + "); a stop will not drain first.");
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (previous != null) {
            Signal.handle(TERM, previous);
        }
    }

    private void drainThenStop(Signal signal) {
        if (lifecycle.isStopping()) {
            return;
        }
        lifecycle.stopping();
        LOG.info(() -> "Stopping: new requests are answered 503 for " + drainMillis + " ms while running ones finish.");
        SignalHandler then = previous;
        Thread.ofPlatform().name("abhilekh-stop-drain").start(() -> {
            try {
                Thread.sleep(drainMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                then.handle(signal);
            } catch (UnsupportedOperationException notAJavaHandler) {
                System.exit(TERM_EXIT_STATUS);
            }
        });
    }
}
