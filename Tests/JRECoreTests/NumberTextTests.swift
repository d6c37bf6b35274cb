import JREText
import Testing

/// Numbers read as people write them: decimal comma and narrow-space thousands in French, point and comma in English.
@Suite struct NumberTextTests {
    let thin = "\u{202F}"

    @Test func frenchUsesADecimalCommaAndNarrowSpacesBetweenThousands() {
        #expect(NumberText.decimal(20.449, .fr) == "20,4")
        #expect(NumberText.count(5_490_000, .fr) == "5\(thin)490\(thin)000")
        #expect(NumberText.decimal(1234.56, .fr) == "1\(thin)234,6")
        #expect(NumberText.percent(0.312, .fr) == "31,2\(thin)%")
    }

    @Test func englishUsesADecimalPointAndCommasBetweenThousands() {
        #expect(NumberText.decimal(20.449, .en) == "20.4")
        #expect(NumberText.count(5_490_000, .en) == "5,490,000")
        #expect(NumberText.percent(0.312, .en) == "31.2%")
    }

    @Test func wholeNumbersShowNoDecimalsAndRoundingCarries() {
        #expect(NumberText.decimal(3, .fr) == "3")
        #expect(NumberText.decimal(2.96, .fr) == "3")
        #expect(NumberText.decimal(999.96, .en) == "1,000")
        #expect(NumberText.decimal(14.86, .fr, decimals: 2) == "14,86")
        #expect(NumberText.decimal(0.05, .fr, decimals: 2) == "0,05")
    }

    @Test func signsAreShownOnChangesAndNeverOnZero() {
        #expect(NumberText.signed(1.44, .fr) == "+1,4")
        #expect(NumberText.signed(-0.62, .en) == "-0.6")
        #expect(NumberText.signed(0.01, .fr) == "0")
        #expect(NumberText.decimal(-0.01, .fr) == "0")
        #expect(NumberText.decimal(.nan, .en) == "—")
    }
}
