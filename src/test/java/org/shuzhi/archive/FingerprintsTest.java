package org.shuzhi.archive;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintsTest {
    private static final String HAN = "党建工作理论学习组织生活制度落实支部书记责任意识作风建设群众服务基层治理发展党员教育管理监督";

    private static String random(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(HAN.charAt(r.nextInt(HAN.length())));
            if (r.nextInt(9) == 0) b.append(r.nextBoolean() ? '，' : '。');
        }
        return b.toString();
    }

    /** The guarantee the copy check relies on: a shared stretch of 10 letters always shares a fingerprint. */
    @Test
    void passagesSharingTenLettersShareAFingerprint() {
        Random r = new Random(7);
        for (int trial = 0; trial < 2000; trial++) {
            String shared = random(r, Fingerprints.GUARANTEED).replaceAll("[，。]", "");
            while (shared.length() < Fingerprints.GUARANTEED) shared += HAN.charAt(r.nextInt(HAN.length()));
            // punctuation inside the stretch differs between the two: letters are what a copy counts
            String a = random(r, r.nextInt(60)) + shared + random(r, r.nextInt(60));
            String b = random(r, r.nextInt(60)) + shared.substring(0, 4) + "，" + shared.substring(4) + random(r, r.nextInt(60));
            Set<String> common = new HashSet<>(Fingerprints.of(a));
            common.retainAll(Fingerprints.of(b));
            assertFalse(common.isEmpty(), "no shared fingerprint: " + a + " / " + b);
        }
    }

    @Test
    void aPassageKeepsAboutTwoInFivePiecesAndUnrelatedTextSharesFew() {
        Random r = new Random(11);
        String a = random(r, 400), b = random(r, 400);
        Set<String> fa = Fingerprints.of(a);
        assertTrue(fa.size() < 400 * 0.6 && fa.size() > 400 * 0.2, "density " + fa.size());
        Set<String> common = new HashSet<>(fa);
        common.retainAll(Fingerprints.of(b));
        assertTrue(common.size() < 3, "unrelated random texts share " + common);
    }

    @Test
    void shortTextsHaveNoneOrOne() {
        assertTrue(Fingerprints.of("党建").isEmpty());
        assertTrue(Fingerprints.of("加强党的建设工作。").size() == 1);
    }
}
