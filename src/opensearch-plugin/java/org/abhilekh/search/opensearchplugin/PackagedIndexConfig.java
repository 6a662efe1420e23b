package org.abhilekh.search.opensearchplugin;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.abhilekh.search.control.AnalyzerChains;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.ResourceLoader;

/**
 * The {@code index-config/} files packaged into the plugin jar at build time ({@code analysis.json}, stop words,
 * stemmer overrides, glossary): the same files the WAR carries, so a plugin built with a WAR analyses as that WAR
 * does. Changing them means building and installing the plugin again, like redeploying the WAR.
 */
final class PackagedIndexConfig implements ResourceLoader {

    static final String FOLDER = "index-config/";

    private final ClassLoader classLoader;

    PackagedIndexConfig(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** Every analyzer of the packaged analysis.json, built by the embedded engine's own code. */
    Map<String, Analyzer> analyzers() {
        try (InputStream analysis = openResource("analysis.json")) {
            return AnalyzerChains.read(analysis, this);
        } catch (IOException e) {
            throw new IllegalStateException("The plugin's packaged index-config/analysis.json cannot be read", e);
        }
    }

    @Override
    public InputStream openResource(String resource) throws IOException {
        InputStream in = classLoader.getResourceAsStream(FOLDER + resource);
        if (in == null) {
            throw new IOException("index-config/" + resource + " is not packaged in the Abhilekh analysis plugin");
        }
        return in;
    }

    @Override
    public <T> Class<? extends T> findClass(String name, Class<T> expectedType) {
        try {
            return Class.forName(name, true, classLoader).asSubclass(expectedType);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalArgumentException("Cannot load class " + name + " as " + expectedType.getName(), e);
        }
    }
}
