package org.qualityguard.shared.web;

import java.math.BigInteger;
import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Date;
import java.util.Locale;

import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The message bundles, with one change to {@link MessageFormat}: a whole number in a plain {@code {0}} prints
 * without grouping. MessageFormat would group it by the locale ("2,026 年 12 月", a seed as
 * "6,473,938,224,447,389,385"), and the whole numbers in messages are mostly years, months, ids, codes and seeds,
 * which are never grouped. A count that wants separators says so: {@code {0,number,integer}}.
 */
class UngroupedMessageSource extends ReloadableResourceBundleMessageSource {

    @Override
    protected MessageFormat createMessageFormat(String msg, Locale locale) {
        MessageFormat format = super.createMessageFormat(msg, locale);
        Format[] formats = format.getFormatsByArgumentIndex();
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] == null) {
                format.setFormatByArgumentIndex(i, new Plain(locale));
            }
        }
        return format;
    }

    /** What MessageFormat does for an argument without a format, except that whole numbers are not grouped. */
    private static final class Plain extends Format {

        private final Locale locale;

        Plain(Locale locale) {
            this.locale = locale;
        }

        @Override
        public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
            if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                    || value instanceof BigInteger) {
                return to.append(value);
            }
            if (value instanceof Number) {
                return NumberFormat.getInstance(locale).format(value, to, position);
            }
            if (value instanceof Date) {
                return DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale)
                        .format(value, to, position);
            }
            return to.append(value);
        }

        /** Reads back what {@link #format} wrote of a number (an ungrouped whole number reads the same). */
        @Override
        public Object parseObject(String source, ParsePosition position) {
            return NumberFormat.getInstance(locale).parseObject(source, position);
        }
    }
}
