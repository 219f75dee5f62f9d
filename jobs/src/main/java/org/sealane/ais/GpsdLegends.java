package org.sealane.ais;

/**
 * The texts gpsd prints beside coded AIS fields ({@code status_text}, {@code epfd_text}, {@code
 * shiptype_text}, {@code aid_type_text}), worded as in the gpsd release whose output is sealane's
 * conformance oracle; the codes are ITU-R M.1371-5's.
 */
final class GpsdLegends {

    /** Navigational status (ITU-R M.1371-5, message 1, table 46). */
    private static final String[] NAV_STATUS = {
        "Under way using engine",
        "At anchor",
        "Not under command",
        "Restricted maneuverability",
        "Constrained by her draught",
        "Moored",
        "Aground",
        "Engaged in fishing",
        "Under way sailing",
        "Reserved for HSC",
        "Reserved for WIG",
        "Power-driven vessel towing astern",
        "Power-driven vessel pushing ahead or towing alongside",
        "Reserved",
        "AIS-SART is active",
        "Not defined",
    };

    /** Type of electronic position-fixing device (table 47); 9..14 are reserved. */
    private static final String[] EPFD = {
        "Undefined",
        "GPS",
        "GLONASS",
        "Combined GPS/GLONASS",
        "Loran-C",
        "Chayka",
        "Integrated navigation system",
        "Surveyed",
        "Galileo",
    };

    /** Type of aid to navigation (table 74). */
    private static final String[] AID_TYPE = {
        "Unspecified",
        "Reference point",
        "RACON",
        "Fixed offshore structure",
        "Spare, Reserved for future use.",
        "Light, without sectors",
        "Light, with sectors",
        "Leading Light Front",
        "Leading Light Rear",
        "Beacon, Cardinal N",
        "Beacon, Cardinal E",
        "Beacon, Cardinal S",
        "Beacon, Cardinal W",
        "Beacon, Port hand",
        "Beacon, Starboard hand",
        "Beacon, Preferred Channel port hand",
        "Beacon, Preferred Channel starboard hand",
        "Beacon, Isolated danger",
        "Beacon, Safe water",
        "Beacon, Special mark",
        "Cardinal Mark N",
        "Cardinal Mark E",
        "Cardinal Mark S",
        "Cardinal Mark W",
        "Port hand Mark",
        "Starboard hand Mark",
        "Preferred Channel Port hand",
        "Preferred Channel Starboard hand",
        "Isolated danger",
        "Safe Water",
        "Special Mark",
        "Light Vessel / LANBY / Rigs",
    };

    /** Ship and cargo type, second digit for the categories 2x, 4x and 6x..9x (table 53). */
    private static final String[] CATEGORY_DETAIL = {
        "all ships of this type",
        "Hazardous category A",
        "Hazardous category B",
        "Hazardous category C",
        "Hazardous category D",
        "Reserved for future use",
        "Reserved for future use",
        "Reserved for future use",
        "Reserved for future use",
        "No additional information",
    };

    /** Ship types 30..39 and 50..59, which have no category scheme. */
    private static final String[] SPECIAL_CRAFT = {
        "Fishing",
        "Towing",
        "Towing: length exceeds 200m or breadth exceeds 25m",
        "Dredging or underwater ops",
        "Diving ops",
        "Military ops",
        "Sailing",
        "Pleasure Craft",
        "Reserved",
        "Reserved",
        "Pilot Vessel",
        "Search and Rescue vessel",
        "Tug",
        "Port Tender",
        "Anti-pollution equipment",
        "Law Enforcement",
        "Spare - Local Vessel",
        "Spare - Local Vessel",
        "Medical Transport",
        "Ship according to RR Resolution No. 18",
    };

    private GpsdLegends() {}

    static String navStatus(int code) {
        return NAV_STATUS[code & 15];
    }

    static String epfd(int code) {
        if (code < EPFD.length) {
            return EPFD[code];
        }
        return code == 15 ? "Internal GNSS" : "Reserved (" + code + ")";
    }

    static String aidType(int code) {
        return AID_TYPE[code & 31];
    }

    static String shipType(int code) {
        if (code == 0) {
            return "Not available";
        }
        if (code < 20) {
            return "Reserved for future use";
        }
        if (code >= 100) {
            return "Illegal ship type value.";
        }
        int category = code / 10;
        int detail = code % 10;
        return switch (category) {
            case 3 -> SPECIAL_CRAFT[detail];
            case 5 -> SPECIAL_CRAFT[10 + detail];
            // gpsd has no "No additional information" for WIG: 29 reads as reserved.
            case 2 ->
                    "Wing in ground (WIG) - "
                            + (detail == 9 ? "Reserved for future use" : CATEGORY_DETAIL[detail]);
            case 4 -> "High speed craft (HSC) - " + CATEGORY_DETAIL[detail];
            case 6 -> "Passenger - " + CATEGORY_DETAIL[detail];
            case 7 -> "Cargo - " + CATEGORY_DETAIL[detail];
            case 8 -> "Tanker - " + CATEGORY_DETAIL[detail];
            // gpsd writes "no" in lower case for this one entry.
            default ->
                    "Other Type - "
                            + (detail == 9 ? "no additional information" : CATEGORY_DETAIL[detail]);
        };
    }
}
