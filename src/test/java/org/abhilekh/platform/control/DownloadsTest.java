package org.abhilekh.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void cellsASpreadsheetWouldRunAsFormulasGetAnApostrophe() {
        for (String formula : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
            assertEquals("'" + formula, Downloads.defuseFormula(formula));
        }
        assertEquals("plain", Downloads.defuseFormula("plain"));
        assertEquals("a=b", Downloads.defuseFormula("a=b"));
        assertEquals("", Downloads.defuseFormula(null));
        assertEquals("", Downloads.defuseFormula(""));
    }
}
