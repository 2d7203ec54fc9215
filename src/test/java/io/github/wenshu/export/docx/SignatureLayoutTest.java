package io.github.wenshu.export.docx;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GB/T 9704 §7.3.5: 署名 and 成文日期 indents from the right, in characters. */
class SignatureLayoutTest {

    private static final String DATE = "2024年12月19日";   // 7 characters: digits count half

    @Test
    void withoutSealTheDateStartsTwoCharactersRightOfTheSignature() {
        SignatureLayout l = SignatureLayout.of("深圳市宝安区司法局", DATE, false);
        assertEquals(2, l.signatureRight());
        assertEquals(2, l.dateRight());
        double sigStart = l.signatureRight() + 9;
        double dateStart = l.dateRight() + 7;
        assertEquals(2, sigStart - dateStart);
    }

    @Test
    void aDateLongerThanTheSignatureStandsTwoInAndPushesTheSignatureLeft() {
        SignatureLayout l = SignatureLayout.of("办公室", DATE, false);
        assertEquals(2, l.dateRight());
        assertEquals(8, l.signatureRight());
    }

    @Test
    void withSealTheDateStandsFourInAndTheSignatureIsCentredOnIt() {
        SignatureLayout l = SignatureLayout.of("深圳市宝安区司法局", DATE, true);
        assertEquals(4, l.dateRight());
        assertEquals(4 + 7 / 2.0, l.signatureRight() + 9 / 2.0);
    }
}
