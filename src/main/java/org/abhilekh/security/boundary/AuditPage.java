package org.abhilekh.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.entity.Organisation;
import org.abhilekh.security.control.AuditFilter;
import org.abhilekh.security.control.AuditLog;
import org.abhilekh.security.entity.AuditAction;
import org.abhilekh.security.entity.AuditEntry;

/**
 * Backs {@code /admin/audit.xhtml} (administrators only, by web.xml): the audit trail with the same
 * filters as the API, in a plain GET form so every view is a link. A bad filter is shown on the page.
 */
@Named
@RequestScoped
public class AuditPage {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Organisation.ZONE);

    @Inject
    AuditLog log;

    @Inject
    Caller caller;

    private String actor;
    private String action;
    private String from;
    private String to;
    private String target;
    private String page;
    private AuditLog.Page found;
    private String problem;

    /** Runs the query once, from the view action, after the parameters are in. */
    public void load() {
        caller.requireAdmin();
        try {
            found = log.find(AuditFilter.parse(actor, action, from, to, target, page));
        } catch (BadInputException e) {
            problem = e.getMessage();
            found = new AuditLog.Page(List.of(), 0, 1, AuditFilter.PAGE_SIZE);
        }
    }

    public List<AuditAction> getActions() {
        return List.of(AuditAction.values());
    }

    public List<AuditEntry> getEntries() {
        return found.entries();
    }

    public AuditLog.Page getFound() {
        return found;
    }

    public String getProblem() {
        return problem;
    }

    public String shown(Instant at) {
        return SHOWN.format(at);
    }

    /** The link to another page of the same view. */
    public String pageUrl(int number) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("actor", actor);
        parameters.put("action", action);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("target", target);
        parameters.put("page", Integer.toString(number));
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return "audit.xhtml" + query;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
