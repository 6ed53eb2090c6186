package org.qualityguard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageCursorTest {

    @Test
    void aCursorSurvivesTheLinkItTravelsIn() {
        PageCursor cursor = new PageCursor(new SortOrder("name", true), true, "南京市 鼓楼区 食品|有限公司", "91320102MA1W2X3Y4B");

        assertThat(PageCursor.decode(cursor.encode())).contains(cursor);
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aCutOrAlteredCursorIsNoCursorSoThePageIsFoundByItsNumber() {
        String encoded = new PageCursor(new SortOrder("name", false), false, "a", "b").encode();

        assertThat(PageCursor.decode(encoded.substring(0, encoded.length() - 3))).isEmpty();
        assertThat(PageCursor.decode("not a cursor!")).isEmpty();
        assertThat(PageCursor.decode("")).isEmpty();
        assertThat(PageCursor.decode(null)).isEmpty();
    }
}
