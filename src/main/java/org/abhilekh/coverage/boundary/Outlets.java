package org.abhilekh.coverage.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.abhilekh.archive.boundary.Archive;
import org.abhilekh.archive.boundary.Descriptions;
import org.abhilekh.archive.entity.DocumentFacts;
import org.abhilekh.archive.entity.MetadataSchema;
import org.abhilekh.archive.entity.OutletSpelling;
import org.abhilekh.coverage.control.OutletNames;
import org.abhilekh.coverage.control.OutletRepository;
import org.abhilekh.coverage.entity.Outlet;
import org.abhilekh.coverage.entity.OutletAlias;
import org.abhilekh.coverage.entity.OutletView;
import org.abhilekh.platform.boundary.Caller;
import org.abhilekh.platform.control.BadInputException;
import org.abhilekh.platform.control.ConflictException;
import org.abhilekh.platform.control.NotFoundException;
import org.abhilekh.security.control.AuditTrail;
import org.abhilekh.security.entity.AuditAction;

/**
 * The managed outlet list: one outlet however it is typed. The archive asks it for the canonical name
 * whenever a clipping's description is stored; an outlet it has never seen is added, marked
 * unreviewed, rather than refused, so a clipping from a new paper is never lost over a name. Staff
 * then review, rename, add aliases or merge; renaming and merging re-point every clipping to the
 * surviving name and re-index it.
 */
@ApplicationScoped
public class Outlets implements OutletSpelling {

    static final int MAX_ALIASES = 50;
    private static final Set<String> LANGUAGES = Set.of("en", "hi", "mixed");

    @Inject
    OutletRepository repository;

    @Inject
    Archive archive;

    @Inject
    Descriptions descriptions;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    /**
     * The list's name for what was typed; an unknown name becomes a new, unreviewed outlet with the
     * clipping's medium and language. Blank stays blank.
     */
    @Override
    public String canonical(String typed, String medium, String language) {
        String key = OutletNames.key(typed);
        if (key.isEmpty()) {
            return typed;
        }
        Optional<Outlet> known = repository.byKey(key);
        if (known.isPresent()) {
            return known.get().getName();
        }
        String name = shorten(OutletNames.display(typed));
        try {
            // Either may be missing (the language is often detected only after extraction); Set.of refuses to look up null.
            return repository.add(new Outlet(name, key, medium != null && MetadataSchema.MEDIA.contains(medium) ? medium : null,
                    language != null && LANGUAGES.contains(language) ? language : null, null, false)).getName();
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            // Another upload added the same new outlet a moment ago.
            return repository.byKey(key).map(Outlet::getName).orElseThrow(() -> e);
        }
    }

    /** Maps any spelling the list knows to its outlet's name, and anything else to itself; one read of the list. */
    public UnaryOperator<String> canonicalNames() {
        Map<String, String> byKey = new HashMap<>();
        for (Outlet outlet : repository.all()) {
            byKey.put(outlet.getNameKey(), outlet.getName());
            outlet.getAliases().forEach(alias -> byKey.put(alias.getKey(), outlet.getName()));
        }
        return typed -> typed == null ? null : byKey.getOrDefault(OutletNames.key(typed), typed);
    }

    /**
     * The outlets for this caller, by name. Staff see every outlet with its aliases and review state;
     * the public sees only outlets with at least one public clipping, without aliases or review state
     * (an alias can be an internal nickname).
     */
    public List<OutletView> list(boolean staff) {
        UnaryOperator<String> canonical = canonicalNames();
        Map<String, Integer> counts = new HashMap<>();
        for (DocumentFacts clipping : archive.clippings(staff)) {
            if (clipping.outlet() != null) {
                counts.merge(canonical.apply(clipping.outlet()), 1, Integer::sum);
            }
        }
        return repository.all().stream()
                .filter(outlet -> staff || counts.getOrDefault(outlet.getName(), 0) > 0)
                .map(outlet -> OutletView.of(outlet, counts.getOrDefault(outlet.getName(), 0), staff))
                .toList();
    }

    public OutletView find(long id) {
        Outlet outlet = repository.find(id).orElseThrow(() -> new NotFoundException("There is no outlet " + id + "."));
        return OutletView.of(outlet, 0, true);
    }

    /**
     * Adds (id null) or changes an outlet. A new name or alias may not be one another outlet already
     * answers to (merge them instead). Renaming re-points the clippings that carry the old name.
     */
    public OutletView save(Long id, String name, String medium, String language, String city, String aliasLine,
                           boolean reviewed, String actor) {
        caller.requireEditor();
        String shown = OutletNames.display(name);
        String key = OutletNames.key(name);
        if (key.isEmpty()) {
            throw new BadInputException("Give the outlet a name.");
        }
        if (shown.length() > OutletNames.MAX_NAME) {
            throw new BadInputException("The outlet's name is longer than " + OutletNames.MAX_NAME + " characters.");
        }
        String chosenMedium = blankToNull(medium);
        if (chosenMedium != null && !MetadataSchema.MEDIA.contains(chosenMedium)) {
            throw new BadInputException("The medium must be one of " + MetadataSchema.MEDIA + ".");
        }
        String chosenLanguage = blankToNull(language);
        if (chosenLanguage != null && !LANGUAGES.contains(chosenLanguage)) {
            throw new BadInputException("The language must be one of " + LANGUAGES.stream().sorted().toList() + ".");
        }
        String chosenCity = blankToNull(OutletNames.display(city));
        if (chosenCity != null && chosenCity.length() > 200) {
            throw new BadInputException("The city is longer than 200 characters.");
        }
        List<OutletAlias> aliases = aliases(aliasLine, key);
        List<String> keys = new ArrayList<>(aliases.stream().map(OutletAlias::getKey).toList());
        keys.add(key);
        for (String wanted : keys) {
            repository.byKey(wanted).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
                throw new ConflictException("\"" + wanted + "\" already names the outlet \"" + other.getName()
                        + "\". Merge the two outlets instead.");
            });
        }
        if (id == null) {
            Outlet added = repository.add(new Outlet(shown, key, chosenMedium, chosenLanguage, chosenCity, reviewed));
            added.replaceAliases(aliases);
            added = repository.save(added);
            audit.record(actor, AuditAction.OUTLET_CHANGE, "outlet " + added.getId(), "added \"" + shown + "\"" + aliasNote(aliases));
            return OutletView.of(added, 0, true);
        }
        Outlet outlet = repository.find(id).orElseThrow(() -> new NotFoundException("There is no outlet " + id + "."));
        String before = describe(outlet);
        String oldName = outlet.getName();
        Set<String> oldKeys = keysOf(outlet);
        outlet.describe(shown, key, chosenMedium, chosenLanguage, chosenCity, reviewed);
        outlet.replaceAliases(aliases);
        Outlet saved = repository.save(outlet);
        int repointed = oldName.equals(shown) ? 0 : descriptions.repointOutlet(value -> oldKeys.contains(OutletNames.key(value)), shown, actor);
        audit.record(actor, AuditAction.OUTLET_CHANGE, "outlet " + id, before + " -> " + describe(saved)
                + (repointed > 0 ? "; " + repointed + " clipping(s) re-pointed" : ""));
        return OutletView.of(saved, 0, true);
    }

    /**
     * Folds {@code fromId} into {@code intoId}: its name and aliases become aliases of the survivor and
     * every clipping that named it now names the survivor (re-indexed). Answers how many clippings moved.
     */
    public int merge(long fromId, long intoId, String actor) {
        caller.requireEditor();
        if (fromId == intoId) {
            throw new BadInputException("Choose two different outlets to merge.");
        }
        Outlet from = repository.find(fromId).orElseThrow(() -> new NotFoundException("There is no outlet " + fromId + "."));
        Outlet into = repository.find(intoId).orElseThrow(() -> new NotFoundException("There is no outlet " + intoId + "."));
        Map<String, OutletAlias> aliases = new java.util.LinkedHashMap<>();
        into.getAliases().forEach(alias -> aliases.put(alias.getKey(), alias));
        aliases.putIfAbsent(from.getNameKey(), new OutletAlias(from.getName(), from.getNameKey()));
        from.getAliases().forEach(alias -> aliases.putIfAbsent(alias.getKey(), alias));
        aliases.remove(into.getNameKey());
        if (aliases.size() > MAX_ALIASES) {
            throw new BadInputException("Together the two outlets have more than " + MAX_ALIASES + " names; remove some aliases first.");
        }
        Set<String> fromKeys = keysOf(from);
        repository.merge(fromId, intoId, new ArrayList<>(aliases.values()));
        int moved = descriptions.repointOutlet(value -> fromKeys.contains(OutletNames.key(value)), into.getName(), actor);
        audit.record(actor, AuditAction.OUTLET_CHANGE, "outlet " + intoId, "merged \"" + from.getName() + "\" (outlet " + fromId
                + ") into \"" + into.getName() + "\"; " + moved + " clipping(s) re-pointed");
        return moved;
    }

    private static List<OutletAlias> aliases(String line, String nameKey) {
        if (line == null || line.isBlank()) {
            return List.of();
        }
        Map<String, OutletAlias> byKey = new java.util.LinkedHashMap<>();
        for (String part : line.split("[;\\n]")) {
            String key = OutletNames.key(part);
            if (key.isEmpty() || key.equals(nameKey)) {
                continue;
            }
            String shown = OutletNames.display(part);
            if (shown.length() > OutletNames.MAX_NAME) {
                throw new BadInputException("An alias is longer than " + OutletNames.MAX_NAME + " characters.");
            }
            byKey.putIfAbsent(key, new OutletAlias(shown, key));
        }
        if (byKey.size() > MAX_ALIASES) {
            throw new BadInputException("An outlet may have at most " + MAX_ALIASES + " aliases.");
        }
        return List.copyOf(byKey.values());
    }

    private static Set<String> keysOf(Outlet outlet) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(outlet.getNameKey());
        outlet.getAliases().forEach(alias -> keys.add(alias.getKey()));
        return keys;
    }

    private static String describe(Outlet outlet) {
        return "\"" + outlet.getName() + "\" (" + Arrays.asList(outlet.getMedium(), outlet.getLanguage(), outlet.getCity())
                + ", aliases " + outlet.getAliases().stream().map(OutletAlias::getName).toList()
                + (outlet.isReviewed() ? ", reviewed" : ", unreviewed") + ")";
    }

    private static String aliasNote(List<OutletAlias> aliases) {
        return aliases.isEmpty() ? "" : " with aliases " + aliases.stream().map(OutletAlias::getName).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String shorten(String name) {
        return name.length() > OutletNames.MAX_NAME ? name.substring(0, OutletNames.MAX_NAME) : name;
    }
}
