package org.abhilekh.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analyzer chains defined in index-config/analysis.json, on English, Hindi and mixed text. */
class AnalysisTest {

    private static IndexConfiguration configuration;

    @BeforeAll
    static void load() {
        configuration = IndexConfiguration.load(Path.of("index-config"));
    }

    @Test
    void englishIsLowercasedStemmedAndStripped() throws IOException {
        // "children" needs the override list: Porter alone leaves irregular plurals alone; "from" is a stop word.
        assertEquals(List.of("child", "rescu", "brick", "kiln", "famili", "traffick"),
                tokens("english", "The Children rescued from brick kilns' families, trafficking"));
        assertEquals(tokens("english", "The Children rescued from brick kilns' families, trafficking"),
                tokens("bilingual", "The Children rescued from brick kilns' families, trafficking"));
    }

    @Test
    void hindiIsNormalisedStemmedAndStripped() throws IOException {
        // Stop words (की, को, में, से) go; inflections, the nukta and the virama are folded, so
        // spelling variants of one word meet in one term.
        assertEquals(List.of("गुमल", "लडक", "दिलल", "मुकत"),
                tokens("hindi", "गुमला की लड़कियों को दिल्ली में मुक्त"));
        assertEquals(tokens("hindi", "लड़की"), tokens("hindi", "लडकियां"));
        // The commonest words change under normalisation (और -> ओर, है -> हे) and must still go.
        assertEquals(List.of("पलायन"), tokens("bilingual", "और भी है नहीं हैं की द्वारा पलायन"));
        assertEquals(tokens("hindi", "मानव तस्करी"), tokens("hindi", "मानव तस्करी"));
    }

    @Test
    void romanisedQueriesDropEnglishStopWords() throws IOException {
        // Otherwise "from" in "girls from Gumla" would be a Hindi word every hit must hold.
        assertEquals(List.of("girls", "guml"), tokens("romanisedQuery", "girls from Gumla"));
        assertEquals(tokens("romanisedQuery", "manav taskari"), tokens("romanisedIndex", "मानव तस्करी"));
        // The flapped ड़ is typed "d" and "r": both keys are indexed, at the word's one position.
        assertEquals(List.of("ladk", "lark", "guml"), tokens("romanisedIndex", "लड़की Gumla गुमला"));
    }

    @Test
    void devanagariDigitsBecomeAsciiDigits() throws IOException {
        assertEquals(List.of("2024", "बचच"), tokens("bilingual", "२०२४ बच्चे"));
    }

    @Test
    void mixedTextKeepsBothScriptsApart() throws IOException {
        assertEquals(List.of("pocso", "अधिनियम", "2012", "polic", "परशिकषण"),
                tokens("bilingual", "POCSO अधिनियम 2012 के लिए police प्रशिक्षण"));
    }

    private static List<String> tokens(String analyzerName, String text) throws IOException {
        Analyzer analyzer = configuration.analyzer(analyzerName);
        List<String> result = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                result.add(term.toString());
            }
            stream.end();
        }
        return result;
    }
}
