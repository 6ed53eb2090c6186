package org.qualityguard.power;

/** One legal basis of an item: the law (《特种设备安全法》) and the article within it (第三十三条). */
public record LegalBasis(String law, String article) {

    @Override
    public String toString() {
        return law + article;
    }
}
