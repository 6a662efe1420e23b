package org.abhilekh.search.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The index folder holds one or more generations ({@code gen-1}, {@code gen-2}, ...) and a small
 * file {@code current} naming the one in use. A rebuild writes a new generation beside the old one
 * and then replaces {@code current} atomically, so a crash at any moment leaves a usable index.
 */
public final class IndexGenerations {

    private static final String POINTER = "current";
    private final Path folder;

    public IndexGenerations(Path folder) {
        this.folder = folder;
    }

    /** The generation in use, or empty for a folder that has none yet. */
    public java.util.Optional<Path> current() throws IOException {
        Path pointer = folder.resolve(POINTER);
        if (!Files.isRegularFile(pointer)) {
            return java.util.Optional.empty();
        }
        Path generation = folder.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
        return Files.isDirectory(generation) ? java.util.Optional.of(generation) : java.util.Optional.empty();
    }

    /** Whether the folder holds any generation at all, usable or not. */
    public boolean any() throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.anyMatch(path -> path.getFileName().toString().matches("gen-\\d+"));
        }
    }

    /** A new, empty generation folder after the highest one present. */
    public Path next() throws IOException {
        int highest = 0;
        try (Stream<Path> children = Files.list(folder)) {
            highest = children.map(path -> path.getFileName().toString()).filter(name -> name.matches("gen-\\d+"))
                    .mapToInt(name -> Integer.parseInt(name.substring(4))).max().orElse(0);
        }
        return Files.createDirectories(folder.resolve("gen-" + (highest + 1)));
    }

    /** Makes the given generation the current one, atomically. */
    public void makeCurrent(Path generation) throws IOException {
        Path temp = folder.resolve(POINTER + ".tmp");
        Files.writeString(temp, generation.getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(temp, folder.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Removes every generation but the given one (left-overs of an interrupted or finished rebuild). */
    public void removeAllBut(Path keep) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.filter(Files::isDirectory).filter(path -> !path.equals(keep)).toList()) {
                try (Stream<Path> files = Files.walk(child)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }
}
