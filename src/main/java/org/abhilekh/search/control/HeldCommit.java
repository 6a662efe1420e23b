package org.abhilekh.search.control;

import java.io.IOException;
import java.io.InputStream;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * One commit kept on disk for copying, whatever merges and commits follow; closing it lets the writer
 * delete its files once nothing else uses them.
 */
public final class HeldCommit implements AutoCloseable {

    /** Receives the files of a held commit one by one. */
    @FunctionalInterface
    public interface FileSink {
        void add(String name, long length, InputStream bytes) throws IOException;
    }

    private final IndexCommit commit;
    private final Directory directory;
    private final SnapshotDeletionPolicy snapshots;
    private final IndexWriter writer;

    HeldCommit(IndexCommit commit, Directory directory, SnapshotDeletionPolicy snapshots, IndexWriter writer) {
        this.commit = commit;
        this.directory = directory;
        this.snapshots = snapshots;
        this.writer = writer;
    }

    /** Hands every file of the commit, with its length and bytes, to the sink. */
    public void copy(FileSink sink) throws IOException {
        for (String name : commit.getFileNames()) {
            try (IndexInput input = directory.openInput(name, IOContext.READONCE)) {
                sink.add(name, input.length(), new IndexInputStream(input));
            }
        }
    }

    @Override
    public void close() throws IOException {
        snapshots.release(commit);
        writer.deleteUnusedFiles();
    }

    private static final class IndexInputStream extends InputStream {
        private final IndexInput input;

        IndexInputStream(IndexInput input) {
            this.input = input;
        }

        @Override
        public int read() throws IOException {
            return input.getFilePointer() < input.length() ? input.readByte() & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            long left = input.length() - input.getFilePointer();
            if (left <= 0) {
                return -1;
            }
            int count = (int) Math.min(length, left);
            input.readBytes(buffer, offset, count);
            return count;
        }
    }
}
