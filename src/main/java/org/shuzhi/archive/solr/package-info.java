/**
 * The archive on a SolrCloud collection: the same documents and terms as the embedded Lucene archive, analysed by
 * the product and sent pre-analysed through SolrJ (its Apache-HttpClient cloud client, which needs no Jetty beside
 * the web server's). The configset ships in the jar (solr/shuzhi/conf) and is uploaded by {@code solr init}.
 */
package org.shuzhi.archive.solr;
