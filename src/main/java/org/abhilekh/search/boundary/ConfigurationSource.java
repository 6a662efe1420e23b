package org.abhilekh.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.abhilekh.platform.control.BundledFolder;
import org.abhilekh.search.control.EnglishHindiDictionary;
import org.abhilekh.search.control.IndexConfiguration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the index configuration comes from: {@code index-config/} as it is on disk now (read again for every rebuild),
 * with the English–Hindi dictionary, read once, beside it.
 */
@ApplicationScoped
class ConfigurationSource {

    private static final Logger LOG = Logger.getLogger(ConfigurationSource.class.getName());

    @Inject
    @ConfigProperty(name = "abhilekh.index-config.dir")
    Optional<String> indexConfigDir;

    /** Where the English–Hindi dictionary lies, without its endings (dictd's .index and .dict.dz). */
    @Inject
    @ConfigProperty(name = "abhilekh.search.dictionary", defaultValue = "/usr/share/dictd/freedict-eng-hin")
    String dictionaryPath;

    private Optional<EnglishHindiDictionary> dictionary;

    IndexConfiguration load() {
        IndexConfiguration loaded = IndexConfiguration.load(BundledFolder.resolve(indexConfigDir, "index-config", "fields.json"));
        return dictionary().map(loaded::withDictionary).orElse(loaded);
    }

    private synchronized Optional<EnglishHindiDictionary> dictionary() {
        if (dictionary == null) {
            dictionary = readDictionary(Path.of(dictionaryPath.strip()));
        }
        return dictionary;
    }

    /** The dictionary is an extra: without it (or with a broken one) English words reach Hindi text through the glossary only. */
    private static Optional<EnglishHindiDictionary> readDictionary(Path base) {
        try {
            Optional<EnglishHindiDictionary> read = EnglishHindiDictionary.read(base);
            if (read.isPresent()) {
                LOG.info(() -> "English-Hindi dictionary " + base + ": " + read.get().size()
                        + " English words also find their Hindi translations");
            } else {
                LOG.info(() -> "No English-Hindi dictionary at " + base + " (.index with .dict.dz): English searches reach Hindi"
                        + " text through index-config/glossary.txt only. Install dict-freedict-eng-hin, or set"
                        + " abhilekh.search.dictionary (ABHILEKH_SEARCH_DICTIONARY) to where it lies.");
            }
            return read;
        } catch (UncheckedIOException e) {
            LOG.log(Level.WARNING, "The English-Hindi dictionary is not used; English searches reach Hindi text through the"
                    + " glossary only", e);
            return Optional.empty();
        }
    }
}
