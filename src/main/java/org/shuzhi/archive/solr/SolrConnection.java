package org.shuzhi.archive.solr;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;
import org.shuzhi.archive.ArchiveException;

/**
 * One SolrJ cloud client for a location. It is SolrJ's Apache-HttpClient based cloud client (ZooKeeper for the
 * cluster's state): Http2SolrClient would put Jetty 10's HTTP client on the class path beside the web server's
 * Jetty 11, whose shared org.eclipse.jetty classes clash. Every request carries the basic-auth credentials of the
 * location, if any.
 */
public final class SolrConnection implements AutoCloseable {
    private final SolrLocation location;
    private final SolrClient client;
    private final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();

    @SuppressWarnings("deprecation") // the legacy cloud client is SolrJ 9's cloud client without Jetty
    public SolrConnection(SolrLocation location) {
        this.location = location;
        this.client = new CloudLegacySolrClient.Builder(location.zkHosts(), location.chroot())
                .withConnectionTimeout(15_000)
                .withSocketTimeout(120_000)
                .build();
    }

    public SolrLocation location() {
        return location;
    }

    /** Runs a request on the collection (or, {@code collection} null, on the cluster), with the credentials. */
    public <R extends org.apache.solr.client.solrj.SolrResponse> R run(SolrRequest<R> request, String collection) {
        if (location.user() != null) request.setBasicAuthCredentials(location.user(), location.password());
        requests.incrementAndGet();
        try {
            return request.process(client, collection);
        } catch (SolrServerException | IOException | org.apache.solr.common.SolrException e) {
            throw new ArchiveException("SolrCloud 请求失败（" + location + "）：" + message(e), e);
        }
    }

    /** Requests sent so far: what a review costs in round trips. */
    public long requests() {
        return requests.get();
    }

    public QueryResponse query(SolrParams params) {
        return run(new QueryRequest(params, SolrRequest.METHOD.POST), location.collection());
    }

    public NamedList<Object> raw(SolrRequest<?> request, String collection) {
        return run(request, collection).getResponse();
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) t = t.getCause();
        return String.valueOf(t.getMessage());
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException ignored) {
            // closing: nothing left to do with it
        }
    }
}
