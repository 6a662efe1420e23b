package org.abhilekh.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abhilekh.search.entity.FacetValue;
import org.abhilekh.search.entity.SearchRequest;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/** Each configured facet's values as a search shows them: in fields.json's order and limit, selections kept. */
final class FacetCounts {

    static final String[] NO_PATH = new String[0];

    private final IndexConfiguration configuration;

    FacetCounts(IndexConfiguration configuration) {
        this.configuration = configuration;
    }

    Map<String, List<FacetValue>> of(Facets facets, SortedSetDocValuesReaderState state, SearchRequest request) throws IOException {
        Map<String, List<FacetValue>> result = new LinkedHashMap<>();
        for (IndexConfiguration.FacetDefinition facet : configuration.facets()) {
            List<FacetValue> values = new ArrayList<>();
            Set<String> selected = Set.copyOf(request.selected(facet.name()));
            if (state.getOrdRange(facet.name()) != null) {
                FacetResult counts = facet.byValueDescending()
                        ? facets.getAllChildren(facet.name(), NO_PATH)
                        : facets.getTopChildren(facet.limit(), facet.name(), NO_PATH);
                if (counts != null) {
                    List<LabelAndValue> labels = new ArrayList<>(Arrays.asList(counts.labelValues));
                    Comparator<LabelAndValue> order = facet.byValueDescending()
                            ? Comparator.comparing((LabelAndValue lv) -> lv.label).reversed()
                            : Comparator.comparing((LabelAndValue lv) -> lv.value.longValue()).reversed().thenComparing(lv -> lv.label);
                    labels.sort(order);
                    labels.stream().limit(facet.limit()).forEach(lv ->
                            values.add(new FacetValue(lv.label, lv.value.longValue(), selected.contains(lv.label))));
                }
            }
            // A selected value stays visible (to be unticked) even when nothing matches it any more.
            for (String value : request.selected(facet.name())) {
                if (values.stream().noneMatch(v -> v.value().equals(value))) {
                    values.add(new FacetValue(value, 0, true));
                }
            }
            result.put(facet.name(), List.copyOf(values));
        }
        return result;
    }

    /** For an index with no faceted entry yet: only the caller's own selections. */
    Map<String, List<FacetValue>> none(SearchRequest request) {
        Map<String, List<FacetValue>> result = new LinkedHashMap<>();
        for (IndexConfiguration.FacetDefinition facet : configuration.facets()) {
            result.put(facet.name(), request.selected(facet.name()).stream().map(v -> new FacetValue(v, 0, true)).toList());
        }
        return result;
    }
}
