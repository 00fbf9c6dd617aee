package org.shuzhi.archive.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;

/**
 * {@code solr init}: uploads the configset that ships in the jar (solr/shuzhi/conf) through the Configsets API and
 * creates the collection if the cluster lacks it. Running it again updates the configset and leaves the reports.
 */
public final class SolrSetup {
    /** The configset's files, as resources of the jar. */
    static final List<String> FILES = List.of("schema.xml", "solrconfig.xml");
    static final String RESOURCES = "solr/shuzhi/conf/";

    private SolrSetup() {}

    /** What {@link #init} did, for the command's message. */
    public record Result(String configSet, boolean created, boolean reloaded) {}

    /**
     * Uploads the configset (named as the collection) and creates the collection with {@code shards} shards of
     * {@code replicas} replicas each if it does not exist; an existing one is reloaded to take the configset.
     */
    public static Result init(SolrConnection solr, int shards, int replicas) {
        String name = solr.location().collection();
        Path zip = configSetZip();
        try {
            ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload()
                    .setConfigSetName(name)
                    .setUploadFile(zip.toFile(), "application/zip")
                    .setOverwrite(true)
                    .setCleanup(true);
            solr.run(upload, null);
        } finally {
            try {
                Files.deleteIfExists(zip);
            } catch (IOException ignored) {
                // a temporary file
            }
        }
        List<String> existing = CollectionAdminResponse.class.cast(solr.run(new CollectionAdminRequest.List(), null))
                .getResponse().getAll("collections").stream().flatMap(o -> ((List<?>) o).stream()).map(String::valueOf).toList();
        if (existing.contains(name)) {
            solr.run(CollectionAdminRequest.reloadCollection(name), null);
            return new Result(name, false, true);
        }
        CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(name, name, shards, replicas);
        create.setWaitForFinalState(true);
        solr.run(create, null);
        return new Result(name, true, false);
    }

    /** The configset of the jar as a zip, as the Configsets API takes it. */
    static Path configSetZip() {
        try {
            Path zip = Files.createTempFile("shuzhi-configset", ".zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                for (String f : FILES) {
                    try (InputStream in = SolrSetup.class.getClassLoader().getResourceAsStream(RESOURCES + f)) {
                        if (in == null) throw new IllegalStateException("the jar lacks " + RESOURCES + f);
                        out.putNextEntry(new ZipEntry(f));
                        in.transferTo(out);
                        out.closeEntry();
                    }
                }
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
