package io.github.bulletinkit.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A link's address as printed on paper: what goes, what stays, and where its lines may break. */
class PrintedAddressTest {

    private static String printed(String address) {
        return PrintedAddress.of(address).text();
    }

    @Test
    void httpsGoesAndSoDoesALoneSlashAfterTheHost() {
        assertThat(printed("https://learning.nspcc.org.uk/")).isEqualTo("learning.nspcc.org.uk");
        assertThat(printed("https://www.ofcom.org.uk")).isEqualTo("www.ofcom.org.uk");
        assertThat(printed("HTTPS://Example.org/")).isEqualTo("Example.org");
    }

    @Test
    void httpStaysForABrowserWouldTryHttpsInstead() {
        assertThat(printed("http://example.org/")).isEqualTo("http://example.org/");
    }

    @Test
    void mailtoGoesBeforeAnEmailAddress() {
        assertThat(printed("mailto:safeguarding@example.org")).isEqualTo("safeguarding@example.org");
    }

    @Test
    void thePathQueryFragmentCaseAndPercentEncodingStayAsWritten() {
        assertThat(printed("https://www.gov.uk/Government/Reports/Deaths%20of%20Children?Year=2024&page=2#Part-3"))
                .isEqualTo("www.gov.uk/Government/Reports/Deaths%20of%20Children?Year=2024&page=2#Part-3");
        assertThat(printed("https://example.org/a/")).isEqualTo("example.org/a/");
        assertThat(printed("ftp://example.org/file.txt")).isEqualTo("ftp://example.org/file.txt");
    }

    @Test
    void linesBreakAfterASlashAndBeforeAQuestionMarkAmpersandHashOrDot() {
        assertThat(PrintedAddress.of("https://www.gov.uk/government/reports?year=2024&page=2#part-3").pieces())
                .containsExactly("www", ".gov", ".uk/", "government/", "reports", "?year=2024", "&page=2",
                        "#part-3");
    }

    @Test
    void neverBetweenTheTwoSlashesOfTheSchemeNorAtAHyphen() {
        assertThat(PrintedAddress.of("http://digital-futures.net/a-b/").pieces())
                .containsExactly("http://", "digital-futures", ".net/", "a-b/");
    }

    @Test
    void thePiecesJoinedAreTheTextWithNothingAdded() {
        PrintedAddress address = PrintedAddress.of("https://www.childrenscommissioner.gov.uk/resource/report?id=7");

        assertThat(String.join("", address.pieces())).isEqualTo(address.text());
        assertThat(address.address()).isEqualTo("https://www.childrenscommissioner.gov.uk/resource/report?id=7");
    }
}
