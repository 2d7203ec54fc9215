package io.github.wenshu.style;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StyleBuilderTest {

    @Test
    void changesOnlyWhatIsAskedAndLeavesTheStartAlone() {
        Style official = OfficialStyle.gbt9704();
        Style changed = official.toBuilder().headingBold(3, true).grid(20, 26).mirrorMargins(false).build();
        assertTrue(changed.isHeadingBold(3));
        assertFalse(changed.isHeadingBold(2));
        assertEquals(20, changed.linesPerPage());
        assertEquals(26, changed.charsPerLine());
        assertFalse(changed.mirrorMargins());
        assertFalse(official.isHeadingBold(3));
        assertEquals(22, official.linesPerPage());
        assertEquals(official.headingFonts(), changed.headingFonts());
        assertEquals(official.markColor(), changed.markColor());
    }

    @Test
    void aTypeAreaThatDoesNotFitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> OfficialStyle.gbt9704().toBuilder().page(148, 210).build());
    }
}
