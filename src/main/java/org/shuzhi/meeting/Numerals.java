package org.shuzhi.meeting;

/** Chinese numerals for section numbers (一、二、……九十九). */
final class Numerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private Numerals() {}

    static String chinese(int n) {
        if (n <= 0 || n >= 100) return String.valueOf(n);
        if (n < 10) return String.valueOf(DIGITS.charAt(n));
        int tens = n / 10, ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }
}
