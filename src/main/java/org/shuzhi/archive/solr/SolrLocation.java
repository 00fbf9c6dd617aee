package org.shuzhi.archive.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the archive's collection lives: ZooKeeper hosts with an optional chroot ({@code zk1:2181,zk2:2181/solr}),
 * the collection's name, and the credentials of Solr's basic-auth plugin, taken from the environment
 * ({@code SHUZHI_SOLR_USER}, {@code SHUZHI_SOLR_PASSWORD}) so that they never stand on a command line.
 */
public record SolrLocation(List<String> zkHosts, Optional<String> chroot, String collection, String user, String password) {
    public static final String ENV = "SHUZHI_SOLR";
    public static final String ENV_COLLECTION = "SHUZHI_SOLR_COLLECTION";
    public static final String ENV_USER = "SHUZHI_SOLR_USER";
    public static final String ENV_PASSWORD = "SHUZHI_SOLR_PASSWORD";
    public static final String DEFAULT_COLLECTION = "shuzhi";

    public SolrLocation {
        zkHosts = List.copyOf(zkHosts);
        if (zkHosts.isEmpty()) throw new IllegalArgumentException("没有给出 ZooKeeper 地址");
    }

    /** {@code hosts[/chroot]} with the collection and credentials from {@code env}. */
    public static SolrLocation parse(String spec, Map<String, String> env) {
        String s = spec.strip();
        int slash = s.indexOf('/');
        String hosts = slash < 0 ? s : s.substring(0, slash);
        String chroot = slash < 0 ? null : s.substring(slash);
        if (chroot != null && chroot.equals("/")) chroot = null;
        List<String> list = Arrays.stream(hosts.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
        String collection = env.getOrDefault(ENV_COLLECTION, DEFAULT_COLLECTION);
        return new SolrLocation(list, Optional.ofNullable(chroot), collection.isBlank() ? DEFAULT_COLLECTION : collection.strip(),
                blankToNull(env.get(ENV_USER)), env.get(ENV_PASSWORD));
    }

    /** The same cluster, another collection. */
    public SolrLocation withCollection(String name) {
        return new SolrLocation(zkHosts, chroot, name, user, password);
    }

    @Override
    public String toString() {
        return "SolrCloud " + String.join(",", zkHosts) + chroot.orElse("") + " 集合 " + collection;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
