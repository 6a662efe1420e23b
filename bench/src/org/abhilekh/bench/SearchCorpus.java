package org.abhilekh.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.abhilekh.archive.control.MetadataReader;
import org.abhilekh.archive.entity.DocumentMetadata;
import org.abhilekh.ingest.control.TextExtractor;
import org.abhilekh.search.control.IndexConfiguration;
import org.abhilekh.search.control.IndexGenerations;
import org.abhilekh.search.control.LuceneIndex;
import org.abhilekh.search.control.SearchEngine;
import org.abhilekh.search.control.opensearch.OpenSearchEngine;
import org.abhilekh.search.entity.IndexableDocument;

/**
 * Builds a benchmark index of N documents from real text: the sentences Tika reads from the seed
 * archive, recombined with a fixed random seed into documents of 20 to 80 sentences, with titles,
 * types, languages, years, outlets and topics drawn from the seed's own descriptions; one in ten is
 * staff-only. With {@code -Dbench.corpus=zipf} the words of each document are drawn instead from a {@link ZipfText}
 * model of the same seed text and of the application's English and Hindi interface messages (one per language), so
 * they follow a natural distribution of rare and common words; the query mix for it is written to QUERIES_FILE
 * ({@code -Dbench.queries}). The index is written with the application's own mapping and index-config/: into a new embedded
 * generation in the data folder, or through the application's cluster engine (one request per document, as the
 * server sends them) into the index behind the alias INDEX_PREFIX on an OpenSearch cluster, created when missing.
 *
 * Usage: SearchCorpus DATA_FOLDER DOCUMENTS
 *        SearchCorpus opensearch URLS INDEX_PREFIX DOCUMENTS
 */
public final class SearchCorpus {

    /** The bytes of the text the documents carry, as the database would hold them: what the index is set beside. */
    private static final AtomicLong TEXT_BYTES = new AtomicLong();

    public static void main(String[] args) throws Exception {
        boolean onCluster = args[0].equals("opensearch");
        int count = Integer.parseInt(args[onCluster ? 3 : 1]);
        TextExtractor extractor = new TextExtractor(Path.of("index-config/tika-config.xml"), 20_000_000);
        List<String> english = new ArrayList<>();
        List<String> hindi = new ArrayList<>();
        List<DocumentMetadata> described = new ArrayList<>();
        {
            for (Path file : org.abhilekh.ingest.control.FolderImport.contentFiles(Path.of("seed-content"))) {
                String name = file.getFileName().toString();
                described.add(MetadataReader.read(Files.readString(file.resolveSibling(name + ".meta.json"), StandardCharsets.UTF_8), name, false));
                if (name.matches(".*\\.(png|jpg)$")) {
                    continue;
                }
                for (String sentence : extractor.extract(file).text().split("(?<=[.!?।])\\s+")) {
                    String clean = sentence.strip();
                    if (clean.length() > 30) {
                        (clean.chars().anyMatch(c -> c >= 0x0900 && c <= 0x097F) ? hindi : english).add(clean);
                    }
                }
            }
        }
        String[] types = {"press-clipping", "research-paper", "training-module", "panel-notes", "policy-document"};
        IndexConfiguration configuration = IndexConfiguration.load(Path.of("index-config"));
        IntFunction<IndexableDocument> documents;
        String from;
        if ("zipf".equals(System.getProperty("bench.corpus"))) {
            ZipfText englishWords = new ZipfText(String.join(" ", english) + " " + messages("messages.properties"));
            ZipfText hindiWords = new ZipfText(String.join(" ", hindi) + " " + messages("messages_hi.properties"));
            Random random = new Random(20261206L);
            List<String> queries = new ArrayList<>(englishWords.queries(random, stopWords("stopwords_en.txt"), 5, 5, 6, 4, 3));
            queries.addAll(hindiWords.queries(random, stopWords("stopwords_hi.txt"), 3, 3, 5, 3, 3));
            Files.write(Path.of(System.getProperty("bench.queries")), queries, StandardCharsets.UTF_8);
            documents = i -> zipfDocument(i, described, englishWords, hindiWords, types);
            from = String.format("Zipf-distributed words of %,d English and %,d Hindi words ranked", englishWords.ranked.size(), hindiWords.ranked.size());
        } else {
            documents = i -> document(i, described, english, hindi, types);
            from = String.format("%,d English and %,d Hindi sentences", english.size(), hindi.size());
        }
        long start = System.nanoTime();
        if (onCluster) {
            // Each document is one HTTP request that mostly waits for the cluster, so more writers than cores keep it busy.
            int threads = Integer.getInteger("bench.threads", 4 * Runtime.getRuntime().availableProcessors());
            try (OpenSearchEngine index = OpenSearchEngine.connect(List.of(args[1]), null, null, args[2], configuration)) {
                fill(index, count, threads, documents);
            }
        } else {
            int threads = Integer.getInteger("bench.threads", Runtime.getRuntime().availableProcessors());
            IndexGenerations generations = new IndexGenerations(Files.createDirectories(Path.of(args[0]).resolve("index")));
            Path generation = generations.next();
            try (LuceneIndex index = LuceneIndex.open(generation, configuration)) {
                fill(index, count, threads, documents);
            }
            generations.makeCurrent(generation);
        }
        System.out.printf("Built %,d documents from %s in %.1f s%n", count, from, (System.nanoTime() - start) / 1e9);
        if (!onCluster) {
            long index = folderBytes(Path.of(args[0]).resolve("index"));
            System.out.printf("Extracted text %.1f MiB (title, summary, body, UTF-8), index %.1f MiB: %.2fx the text%n",
                    TEXT_BYTES.get() / 1048576.0, index / 1048576.0, (double) index / TEXT_BYTES.get());
        }
    }

    private static long folderBytes(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static long utf8(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Writes documents 1 to {@code count} on {@code threads} threads, then commits. */
    private static void fill(SearchEngine index, int count, int threads, IntFunction<IndexableDocument> documents) throws Exception {
        AtomicInteger next = new AtomicInteger(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Void>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            writers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i <= count; i = next.getAndIncrement()) {
                    IndexableDocument document = documents.apply(i);
                    TEXT_BYTES.addAndGet(utf8(document.title()) + utf8(document.summary()) + utf8(document.body()));
                    index.index(document);
                    if (i % 50_000 == 0) {
                        System.out.printf("  %,d documents indexed%n", i);
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<Void> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
        index.commit();
    }

    /** The values of the application's interface messages in one language: real text the project ships. */
    private static String messages(String file) throws java.io.IOException {
        java.util.Properties messages = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages.values().stream().map(v -> ((String) v).replaceAll("\\{\\d+}|<[^>]*>", " ")).sorted()
                .collect(java.util.stream.Collectors.joining(". "));
    }

    private static java.util.Set<String> stopWords(String file) throws java.io.IOException {
        return Files.readAllLines(Path.of("index-config", file), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(java.util.stream.Collectors.toSet());
    }

    /** Like {@link #document}, with Zipf-distributed words: 300 to 1,600 in the body (as the other corpus), 20 to 40 in the summary. */
    static IndexableDocument zipfDocument(int i, List<DocumentMetadata> described, ZipfText english, ZipfText hindi, String[] types) {
        Random random = new Random(20261206L * 31 + i);
        DocumentMetadata model = described.get(random.nextInt(described.size()));
        boolean inHindi = random.nextInt(100) < 40;
        ZipfText words = inHindi ? hindi : english;
        String body = words.text(random, 300 + random.nextInt(1301));
        String title = words.text(random, 4 + random.nextInt(7));
        String summary = words.text(random, 20 + random.nextInt(21));
        Map<String, List<String>> facets = facets(random, model, types, inHindi);
        return new IndexableDocument(i, 1, "document", title.substring(0, title.length() - 2), summary, body,
                texts(model),
                LocalDate.of(2015 + random.nextInt(11), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                random.nextInt(10) != 0, "/archive/document.xhtml?id=" + i, facets);
    }

    /** A generated document's facets: a random type, its language, and the outlet, district and tags of the seed document it imitates. */
    private static Map<String, List<String>> facets(Random random, DocumentMetadata model, String[] types, boolean inHindi) {
        return Map.of(
                "type", List.of(types[random.nextInt(types.length)]),
                "language", List.of(inHindi ? "hi" : "en"),
                "outlet", model.attribute("outlet"),
                "district", model.attribute("district"),
                "tag", model.tags());
    }

    /** The searched side texts of a generated document, from the seed document it imitates. */
    private static Map<String, String> texts(DocumentMetadata model) {
        String outlet = String.join("\n", model.attribute("outlet"));
        return Map.of("meta", String.join("\n", model.tags()) + "\n" + outlet, "outlet", outlet);
    }

    /** Document number {@code i}, the same whichever thread builds it: its randomness is seeded by its number. */
    static IndexableDocument document(int i, List<DocumentMetadata> described, List<String> english, List<String> hindi, String[] types) {
        Random random = new Random(20261128L * 31 + i);
        DocumentMetadata model = described.get(random.nextInt(described.size()));
        boolean inHindi = random.nextInt(100) < 40;
        List<String> pool = inHindi ? hindi : english;
        StringBuilder body = new StringBuilder();
        int sentences = 20 + random.nextInt(61);
        for (int s = 0; s < sentences; s++) {
            body.append(pool.get(random.nextInt(pool.size()))).append(' ');
        }
        String title = pool.get(random.nextInt(pool.size()));
        title = title.length() > 120 ? title.substring(0, 120) : title;
        Map<String, List<String>> facets = facets(random, model, types, inHindi);
        return new IndexableDocument(i, 1, "document", title, model.summary(), body.toString(),
                texts(model),
                LocalDate.of(2015 + random.nextInt(11), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                random.nextInt(10) != 0, "/archive/document.xhtml?id=" + i, facets);
    }
}
