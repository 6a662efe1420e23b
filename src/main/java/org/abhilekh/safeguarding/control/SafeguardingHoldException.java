package org.abhilekh.safeguarding.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.abhilekh.platform.control.ConflictException;
import org.abhilekh.safeguarding.entity.Finding;

/**
 * Something about to go public holds what the safeguarding checks flag: 409, with the findings in the problem
 * document ({@code "safeguarding"}), until an editor sends it again saying they reviewed them.
 */
public class SafeguardingHoldException extends ConflictException {

    private static final long serialVersionUID = 1L;
    private final transient List<Finding> findings;

    public SafeguardingHoldException(String detail, List<Finding> findings) {
        super(detail);
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }

    @Override
    public String title() {
        return "Held for safeguarding review";
    }

    @Override
    public JsonObject extensions() {
        return Json.createObjectBuilder().add("safeguarding", FindingsJson.toJsonArray(findings)).build();
    }
}
