package yoy.synth;

/** English number words for the numbers the generator writes out ("twenty-three", "two hundred and five"). */
final class NumberWords {

    private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};

    private NumberWords() {
    }

    /** Words for 0..999. */
    static String of(int n) {
        if (n < 0 || n > 999) {
            throw new IllegalArgumentException("no words for " + n);
        }
        if (n < 20) {
            return UNITS[n];
        }
        if (n < 100) {
            return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + UNITS[n % 10]);
        }
        return UNITS[n / 100] + " hundred" + (n % 100 == 0 ? "" : " and " + of(n % 100));
    }

    /** Digits with comma thousands separators: 19335 → "19,335". */
    static String digits(long n) {
        String plain = Long.toString(n);
        StringBuilder sb = new StringBuilder();
        int lead = plain.length() % 3;
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                sb.append(',');
            }
            sb.append(plain.charAt(i));
        }
        return sb.toString();
    }
}
