package org.abhilekh.search.entity;

import java.util.Map;

/** Fired after an index commit: these document revisions are now durable in the index. */
public record IndexCommitted(Map<Long, Long> revisions) {
}
