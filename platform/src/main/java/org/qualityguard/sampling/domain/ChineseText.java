package org.qualityguard.sampling.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Chinese text cut into words by Lucene's smartcn analyser (a hidden Markov model over its bundled dictionary, with
 * its stop words and punctuation dropped; Latin words lower-cased and stemmed). {@code 纯牛奶喝了有酸味} becomes
 * {@code 纯 牛奶 喝 了 有 酸味}: the words a classifier can weigh. The analyser is thread-safe and kept once.
 */
public final class ChineseText {

    private static final Analyzer ANALYZER = new SmartChineseAnalyzer(true);

    private ChineseText() {
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
