package org.sealane.ais;

import static org.sealane.ais.AisFieldFormat.AID_NAME;
import static org.sealane.ais.AisFieldFormat.COORDINATE;
import static org.sealane.ais.AisFieldFormat.COORDINATE_LONG_RANGE;
import static org.sealane.ais.AisFieldFormat.FLAG;
import static org.sealane.ais.AisFieldFormat.LONG_RANGE_NAV_STATUS;
import static org.sealane.ais.AisFieldFormat.NAV_STATUS;
import static org.sealane.ais.AisFieldFormat.OPTIONAL_UNSIGNED;
import static org.sealane.ais.AisFieldFormat.SHIP_TYPE;
import static org.sealane.ais.AisFieldFormat.TENTHS;
import static org.sealane.ais.AisFieldFormat.TEXT;
import static org.sealane.ais.AisFieldFormat.TEXT_TO_END;
import static org.sealane.ais.AisFieldFormat.UNSIGNED;
import static org.sealane.ais.AisFieldFormat.UNSIGNED_TO_END;
import static org.sealane.ais.AisFieldFormat.UTC_TIMESTAMP;

import java.util.List;

/**
 * The bit layouts of the AIS message types (ITU-R M.1371-5, annex 8), with gpsd's field names and
 * the lengths gpsd accepts (its driver_ais.c range checks). This is the only table of offsets:
 * {@link AisMessageDecoder} reads the pipeline's reports through the field constants, the gpsd JSON
 * writer through the layouts' field lists.
 *
 * <p>Lengths: gpsd takes class A reports from 163 bits (many transmitters send them a few bits
 * short) with no upper bound; every other type has a range, and gpsd drops a message outside it.
 */
public final class AisLayouts {

    /** The common header: message type, repeat indicator, MMSI. */
    static final AisField TYPE = new AisField("type", 0, 6, UNSIGNED);

    static final AisField REPEAT = new AisField("repeat", 6, 2, UNSIGNED);
    static final AisField MMSI = new AisField("mmsi", 8, 30, UNSIGNED);

    /** Type 24: part number, 0 for part A, 1 for part B. */
    static final AisField PART = new AisField("partno", 38, 2, UNSIGNED);

    /** Types 1, 2, 3: class A position report. */
    static final class ClassA {
        static final AisField STATUS = new AisField("status", 38, 4, NAV_STATUS);
        static final AisField TURN = new AisField("turn", 42, 8, AisFieldFormat.TURN);
        static final AisField SPEED = new AisField("speed", 50, 10, AisFieldFormat.SPEED);
        static final AisField ACCURACY = new AisField("accuracy", 60, 1, FLAG);
        static final AisField LON = new AisField("lon", 61, 28, COORDINATE);
        static final AisField LAT = new AisField("lat", 89, 27, COORDINATE);
        static final AisField COURSE = new AisField("course", 116, 12, TENTHS);
        static final AisField HEADING = new AisField("heading", 128, 9, UNSIGNED);
        static final AisField SECOND = new AisField("second", 137, 6, UNSIGNED);
        static final AisField MANEUVER = new AisField("maneuver", 143, 2, UNSIGNED);
        static final AisField RAIM = new AisField("raim", 148, 1, FLAG);
        static final AisField RADIO = new AisField("radio", 149, 19, UNSIGNED_TO_END);

        private ClassA() {}
    }

    /** Types 4 (base station report) and 11 (UTC and date response). */
    static final class BaseStation {
        static final AisField TIMESTAMP = new AisField("timestamp", 38, 40, UTC_TIMESTAMP);
        static final AisField ACCURACY = new AisField("accuracy", 78, 1, FLAG);
        static final AisField LON = new AisField("lon", 79, 28, COORDINATE);
        static final AisField LAT = new AisField("lat", 107, 27, COORDINATE);
        static final AisField EPFD = new AisField("epfd", 134, 4, AisFieldFormat.EPFD);
        static final AisField RAIM = new AisField("raim", 148, 1, FLAG);
        static final AisField RADIO = new AisField("radio", 149, 19, UNSIGNED);

        private BaseStation() {}
    }

    /** Type 5: static and voyage related data. */
    static final class Voyage {
        static final AisField IMO = new AisField("imo", 40, 30, UNSIGNED);
        static final AisField AIS_VERSION = new AisField("ais_version", 38, 2, UNSIGNED);
        static final AisField CALLSIGN = new AisField("callsign", 70, 42, TEXT);
        static final AisField SHIPNAME = new AisField("shipname", 112, 120, TEXT);
        static final AisField SHIPTYPE = new AisField("shiptype", 232, 8, SHIP_TYPE);
        static final AisField TO_BOW = new AisField("to_bow", 240, 9, UNSIGNED);
        static final AisField TO_STERN = new AisField("to_stern", 249, 9, UNSIGNED);
        static final AisField TO_PORT = new AisField("to_port", 258, 6, UNSIGNED);
        static final AisField TO_STARBOARD = new AisField("to_starboard", 264, 6, UNSIGNED);
        static final AisField EPFD = new AisField("epfd", 270, 4, AisFieldFormat.EPFD);
        static final AisField ETA = new AisField("eta", 274, 20, AisFieldFormat.ETA);
        static final AisField DRAUGHT = new AisField("draught", 294, 8, TENTHS);
        static final AisField DESTINATION = new AisField("destination", 302, 120, TEXT);
        static final AisField DTE = new AisField("dte", 422, 1, UNSIGNED);

        private Voyage() {}
    }

    /** Type 9: standard SAR aircraft position report (speed in whole knots). */
    static final class SarAircraft {
        static final AisField ALT = new AisField("alt", 38, 12, UNSIGNED);
        static final AisField SPEED = new AisField("speed", 50, 10, UNSIGNED);
        static final AisField ACCURACY = new AisField("accuracy", 60, 1, FLAG);
        static final AisField LON = new AisField("lon", 61, 28, COORDINATE);
        static final AisField LAT = new AisField("lat", 89, 27, COORDINATE);
        static final AisField COURSE = new AisField("course", 116, 12, TENTHS);
        static final AisField SECOND = new AisField("second", 128, 6, UNSIGNED);
        static final AisField REGIONAL = new AisField("regional", 134, 8, UNSIGNED);
        static final AisField DTE = new AisField("dte", 142, 1, UNSIGNED);
        static final AisField RAIM = new AisField("raim", 147, 1, FLAG);
        static final AisField RADIO = new AisField("radio", 148, 20, UNSIGNED);

        private SarAircraft() {}
    }

    /** Type 18: standard class B position report. */
    static final class ClassB {
        static final AisField RESERVED = new AisField("reserved", 38, 8, UNSIGNED);
        static final AisField SPEED = new AisField("speed", 46, 10, TENTHS);
        static final AisField ACCURACY = new AisField("accuracy", 56, 1, FLAG);
        static final AisField LON = new AisField("lon", 57, 28, COORDINATE);
        static final AisField LAT = new AisField("lat", 85, 27, COORDINATE);
        static final AisField COURSE = new AisField("course", 112, 12, TENTHS);
        static final AisField HEADING = new AisField("heading", 124, 9, UNSIGNED);
        static final AisField SECOND = new AisField("second", 133, 6, UNSIGNED);
        static final AisField REGIONAL = new AisField("regional", 139, 2, UNSIGNED);
        static final AisField CS = new AisField("cs", 141, 1, FLAG);
        static final AisField DISPLAY = new AisField("display", 142, 1, FLAG);
        static final AisField DSC = new AisField("dsc", 143, 1, FLAG);
        static final AisField BAND = new AisField("band", 144, 1, FLAG);
        static final AisField MSG22 = new AisField("msg22", 145, 1, FLAG);
        static final AisField RAIM = new AisField("raim", 147, 1, FLAG);
        static final AisField RADIO = new AisField("radio", 148, 20, UNSIGNED);

        private ClassB() {}
    }

    /**
     * Type 19: extended class B position report. Its first 139 bits are those of type 18 ({@link
     * ClassB}).
     */
    static final class ClassBExtended {
        static final AisField REGIONAL = new AisField("regional", 139, 4, UNSIGNED);
        static final AisField SHIPNAME = new AisField("shipname", 143, 120, TEXT);
        static final AisField SHIPTYPE = new AisField("shiptype", 263, 8, SHIP_TYPE);
        static final AisField TO_BOW = new AisField("to_bow", 271, 9, UNSIGNED);
        static final AisField TO_STERN = new AisField("to_stern", 280, 9, UNSIGNED);
        static final AisField TO_PORT = new AisField("to_port", 289, 6, UNSIGNED);
        static final AisField TO_STARBOARD = new AisField("to_starboard", 295, 6, UNSIGNED);
        static final AisField EPFD = new AisField("epfd", 301, 4, AisFieldFormat.EPFD);
        static final AisField RAIM = new AisField("raim", 305, 1, FLAG);
        static final AisField DTE = new AisField("dte", 306, 1, UNSIGNED);
        static final AisField ASSIGNED = new AisField("assigned", 307, 1, FLAG);

        private ClassBExtended() {}
    }

    /** Type 21: aid-to-navigation report. */
    static final class AidToNavigation {
        static final AisField AID_TYPE = new AisField("aid_type", 38, 5, AisFieldFormat.AID_TYPE);
        static final AisField NAME = new AisField("name", 43, 120, AID_NAME);
        static final AisField LON = new AisField("lon", 164, 28, COORDINATE);
        static final AisField LAT = new AisField("lat", 192, 27, COORDINATE);
        static final AisField ACCURACY = new AisField("accuracy", 163, 1, FLAG);
        static final AisField TO_BOW = new AisField("to_bow", 219, 9, UNSIGNED);
        static final AisField TO_STERN = new AisField("to_stern", 228, 9, UNSIGNED);
        static final AisField TO_PORT = new AisField("to_port", 237, 6, UNSIGNED);
        static final AisField TO_STARBOARD = new AisField("to_starboard", 243, 6, UNSIGNED);
        static final AisField EPFD = new AisField("epfd", 249, 4, AisFieldFormat.EPFD);
        static final AisField SECOND = new AisField("second", 253, 6, UNSIGNED);
        static final AisField REGIONAL = new AisField("regional", 260, 8, UNSIGNED);
        static final AisField OFF_POSITION = new AisField("off_position", 259, 1, FLAG);
        static final AisField RAIM = new AisField("raim", 268, 1, FLAG);
        static final AisField VIRTUAL_AID = new AisField("virtual_aid", 269, 1, FLAG);

        private AidToNavigation() {}
    }

    /** Types 7 (binary acknowledge) and 13 (safety related acknowledge): up to four MMSIs. */
    static final class Acknowledgement {
        static final AisField MMSI1 = new AisField("mmsi1", 40, 30, UNSIGNED);
        static final AisField MMSI2 = new AisField("mmsi2", 72, 30, UNSIGNED);
        static final AisField MMSI3 = new AisField("mmsi3", 104, 30, UNSIGNED);
        static final AisField MMSI4 = new AisField("mmsi4", 136, 30, UNSIGNED);

        private Acknowledgement() {}
    }

    /** Type 10: UTC and date inquiry. */
    static final class UtcInquiry {
        static final AisField DEST_MMSI = new AisField("dest_mmsi", 40, 30, UNSIGNED);

        private UtcInquiry() {}
    }

    /** Type 12: addressed safety related message. */
    static final class AddressedSafety {
        static final AisField SEQNO = new AisField("seqno", 38, 2, UNSIGNED);
        static final AisField DEST_MMSI = new AisField("dest_mmsi", 40, 30, UNSIGNED);
        static final AisField RETRANSMIT = new AisField("retransmit", 70, 1, FLAG);
        static final AisField TEXT = new AisField("text", 72, 936, TEXT_TO_END);

        private AddressedSafety() {}
    }

    /** Type 14: safety related broadcast message. */
    static final class BroadcastSafety {
        static final AisField TEXT = new AisField("text", 40, 966, TEXT_TO_END);

        private BroadcastSafety() {}
    }

    /** Type 15: interrogation of one or two stations. */
    static final class Interrogation {
        static final AisField MMSI1 = new AisField("mmsi1", 40, 30, UNSIGNED);
        static final AisField TYPE1_1 = new AisField("type1_1", 70, 6, UNSIGNED);
        static final AisField OFFSET1_1 = new AisField("offset1_1", 76, 12, UNSIGNED);
        static final AisField TYPE1_2 = new AisField("type1_2", 90, 6, UNSIGNED);
        static final AisField OFFSET1_2 = new AisField("offset1_2", 96, 12, UNSIGNED);
        static final AisField MMSI2 = new AisField("mmsi2", 110, 30, UNSIGNED);
        static final AisField TYPE2_1 = new AisField("type2_1", 140, 6, UNSIGNED);
        static final AisField OFFSET2_1 = new AisField("offset2_1", 146, 12, UNSIGNED);

        private Interrogation() {}
    }

    /** Type 16: assigned mode command for one or two stations. */
    static final class AssignedMode {
        static final AisField MMSI1 = new AisField("mmsi1", 40, 30, UNSIGNED);
        static final AisField OFFSET1 = new AisField("offset1", 70, 12, UNSIGNED);
        static final AisField INCREMENT1 = new AisField("increment1", 82, 10, UNSIGNED);
        static final AisField MMSI2 = new AisField("mmsi2", 92, 30, OPTIONAL_UNSIGNED);
        static final AisField OFFSET2 = new AisField("offset2", 122, 12, OPTIONAL_UNSIGNED);
        static final AisField INCREMENT2 = new AisField("increment2", 134, 10, OPTIONAL_UNSIGNED);

        private AssignedMode() {}
    }

    /** Type 20: data link management, up to four slot reservations of 30 bits. */
    static final class DataLinkManagement {
        static final AisField OFFSET1 = new AisField("offset1", 40, 12, UNSIGNED);
        static final AisField NUMBER1 = new AisField("number1", 52, 4, UNSIGNED);
        static final AisField TIMEOUT1 = new AisField("timeout1", 56, 3, UNSIGNED);
        static final AisField INCREMENT1 = new AisField("increment1", 59, 11, UNSIGNED);
        static final AisField OFFSET2 = new AisField("offset2", 70, 12, UNSIGNED);
        static final AisField NUMBER2 = new AisField("number2", 82, 4, UNSIGNED);
        static final AisField TIMEOUT2 = new AisField("timeout2", 86, 3, UNSIGNED);
        static final AisField INCREMENT2 = new AisField("increment2", 89, 11, UNSIGNED);
        static final AisField OFFSET3 = new AisField("offset3", 100, 12, UNSIGNED);
        static final AisField NUMBER3 = new AisField("number3", 112, 4, UNSIGNED);
        static final AisField TIMEOUT3 = new AisField("timeout3", 116, 3, UNSIGNED);
        static final AisField INCREMENT3 = new AisField("increment3", 119, 11, UNSIGNED);
        static final AisField OFFSET4 = new AisField("offset4", 130, 12, UNSIGNED);
        static final AisField NUMBER4 = new AisField("number4", 142, 4, UNSIGNED);
        static final AisField TIMEOUT4 = new AisField("timeout4", 146, 3, UNSIGNED);
        static final AisField INCREMENT4 = new AisField("increment4", 149, 11, UNSIGNED);

        private DataLinkManagement() {}
    }

    /** Type 24 part A: class B static data, the name. */
    static final class StaticA {
        static final AisField SHIPNAME = new AisField("shipname", 40, 120, TEXT);

        private StaticA() {}
    }

    /** Type 24 part B: class B static data, type, vendor, call sign and dimensions. */
    static final class StaticB {
        static final AisField SHIPTYPE = new AisField("shiptype", 40, 8, SHIP_TYPE);
        static final AisField VENDORID = new AisField("vendorid", 48, 42, TEXT);
        static final AisField MODEL = new AisField("model", 66, 4, UNSIGNED);
        static final AisField SERIAL = new AisField("serial", 70, 20, UNSIGNED);
        static final AisField CALLSIGN = new AisField("callsign", 90, 42, TEXT);
        static final AisField TO_BOW = new AisField("to_bow", 132, 9, UNSIGNED);
        static final AisField TO_STERN = new AisField("to_stern", 141, 9, UNSIGNED);
        static final AisField TO_PORT = new AisField("to_port", 150, 6, UNSIGNED);
        static final AisField TO_STARBOARD = new AisField("to_starboard", 156, 6, UNSIGNED);
        static final AisField MOTHERSHIP_MMSI = new AisField("mothership_mmsi", 132, 30, UNSIGNED);

        private StaticB() {}
    }

    /** Type 27: long-range position report (1/10 minute, whole knots and degrees). */
    static final class LongRange {
        static final AisField STATUS = new AisField("status", 40, 4, LONG_RANGE_NAV_STATUS);
        static final AisField ACCURACY = new AisField("accuracy", 38, 1, FLAG);
        static final AisField LON = new AisField("lon", 44, 18, COORDINATE_LONG_RANGE);
        static final AisField LAT = new AisField("lat", 62, 17, COORDINATE_LONG_RANGE);
        static final AisField SPEED = new AisField("speed", 79, 6, UNSIGNED);
        static final AisField COURSE = new AisField("course", 85, 9, UNSIGNED);
        static final AisField RAIM = new AisField("raim", 39, 1, FLAG);
        static final AisField GNSS = new AisField("gnss", 94, 1, FLAG);

        private LongRange() {}
    }

    private static final AisLayout[] BY_TYPE = new AisLayout[28];

    static final AisLayout CLASS_A_1 = layout(1, 163, Integer.MAX_VALUE, classA());
    static final AisLayout CLASS_A_2 = layout(2, 163, Integer.MAX_VALUE, classA());
    static final AisLayout CLASS_A_3 = layout(3, 163, Integer.MAX_VALUE, classA());
    static final AisLayout BASE_STATION = layout(4, 168, 168, baseStation());
    static final AisLayout VOYAGE =
            layout(
                    5,
                    420,
                    426,
                    List.of(
                            Voyage.IMO,
                            Voyage.AIS_VERSION,
                            Voyage.CALLSIGN,
                            Voyage.SHIPNAME,
                            Voyage.SHIPTYPE,
                            Voyage.TO_BOW,
                            Voyage.TO_STERN,
                            Voyage.TO_PORT,
                            Voyage.TO_STARBOARD,
                            Voyage.EPFD,
                            Voyage.ETA,
                            Voyage.DRAUGHT,
                            Voyage.DESTINATION,
                            Voyage.DTE));
    static final AisLayout SAR_AIRCRAFT =
            layout(
                    9,
                    168,
                    168,
                    List.of(
                            SarAircraft.ALT,
                            SarAircraft.SPEED,
                            SarAircraft.ACCURACY,
                            SarAircraft.LON,
                            SarAircraft.LAT,
                            SarAircraft.COURSE,
                            SarAircraft.SECOND,
                            SarAircraft.REGIONAL,
                            SarAircraft.DTE,
                            SarAircraft.RAIM,
                            SarAircraft.RADIO));
    static final AisLayout UTC_RESPONSE = layout(11, 168, 168, baseStation());
    static final AisLayout ACKNOWLEDGE = layout(7, 72, 168, acknowledgement());
    static final AisLayout UTC_INQUIRY = layout(10, 72, 72, List.of(UtcInquiry.DEST_MMSI));
    static final AisLayout ADDRESSED_SAFETY =
            layout(
                    12,
                    72,
                    1008,
                    List.of(
                            AddressedSafety.SEQNO,
                            AddressedSafety.DEST_MMSI,
                            AddressedSafety.RETRANSMIT,
                            AddressedSafety.TEXT));
    static final AisLayout SAFETY_ACKNOWLEDGE = layout(13, 72, 168, acknowledgement());
    static final AisLayout BROADCAST_SAFETY = layout(14, 40, 1008, List.of(BroadcastSafety.TEXT));
    static final AisLayout INTERROGATION =
            layout(
                    15,
                    88,
                    168,
                    List.of(
                            Interrogation.MMSI1,
                            Interrogation.TYPE1_1,
                            Interrogation.OFFSET1_1,
                            Interrogation.TYPE1_2,
                            Interrogation.OFFSET1_2,
                            Interrogation.MMSI2,
                            Interrogation.TYPE2_1,
                            Interrogation.OFFSET2_1));
    static final AisLayout ASSIGNED_MODE =
            layout(
                    16,
                    96,
                    168,
                    List.of(
                            AssignedMode.MMSI1,
                            AssignedMode.OFFSET1,
                            AssignedMode.INCREMENT1,
                            AssignedMode.MMSI2,
                            AssignedMode.OFFSET2,
                            AssignedMode.INCREMENT2));
    static final AisLayout DATA_LINK_MANAGEMENT =
            layout(
                    20,
                    72,
                    186,
                    List.of(
                            DataLinkManagement.OFFSET1,
                            DataLinkManagement.NUMBER1,
                            DataLinkManagement.TIMEOUT1,
                            DataLinkManagement.INCREMENT1,
                            DataLinkManagement.OFFSET2,
                            DataLinkManagement.NUMBER2,
                            DataLinkManagement.TIMEOUT2,
                            DataLinkManagement.INCREMENT2,
                            DataLinkManagement.OFFSET3,
                            DataLinkManagement.NUMBER3,
                            DataLinkManagement.TIMEOUT3,
                            DataLinkManagement.INCREMENT3,
                            DataLinkManagement.OFFSET4,
                            DataLinkManagement.NUMBER4,
                            DataLinkManagement.TIMEOUT4,
                            DataLinkManagement.INCREMENT4));
    static final AisLayout CLASS_B =
            layout(
                    18,
                    168,
                    168,
                    List.of(
                            ClassB.RESERVED,
                            ClassB.SPEED,
                            ClassB.ACCURACY,
                            ClassB.LON,
                            ClassB.LAT,
                            ClassB.COURSE,
                            ClassB.HEADING,
                            ClassB.SECOND,
                            ClassB.REGIONAL,
                            ClassB.CS,
                            ClassB.DISPLAY,
                            ClassB.DSC,
                            ClassB.BAND,
                            ClassB.MSG22,
                            ClassB.RAIM,
                            ClassB.RADIO));
    static final AisLayout CLASS_B_EXTENDED =
            layout(
                    19,
                    312,
                    312,
                    List.of(
                            ClassB.RESERVED,
                            ClassB.SPEED,
                            ClassB.ACCURACY,
                            ClassB.LON,
                            ClassB.LAT,
                            ClassB.COURSE,
                            ClassB.HEADING,
                            ClassB.SECOND,
                            ClassBExtended.REGIONAL,
                            ClassBExtended.SHIPNAME,
                            ClassBExtended.SHIPTYPE,
                            ClassBExtended.TO_BOW,
                            ClassBExtended.TO_STERN,
                            ClassBExtended.TO_PORT,
                            ClassBExtended.TO_STARBOARD,
                            ClassBExtended.EPFD,
                            ClassBExtended.RAIM,
                            ClassBExtended.DTE,
                            ClassBExtended.ASSIGNED));
    static final AisLayout AID_TO_NAVIGATION =
            layout(
                    21,
                    272,
                    368,
                    List.of(
                            AidToNavigation.AID_TYPE,
                            AidToNavigation.NAME,
                            AidToNavigation.LON,
                            AidToNavigation.LAT,
                            AidToNavigation.ACCURACY,
                            AidToNavigation.TO_BOW,
                            AidToNavigation.TO_STERN,
                            AidToNavigation.TO_PORT,
                            AidToNavigation.TO_STARBOARD,
                            AidToNavigation.EPFD,
                            AidToNavigation.SECOND,
                            AidToNavigation.REGIONAL,
                            AidToNavigation.OFF_POSITION,
                            AidToNavigation.RAIM,
                            AidToNavigation.VIRTUAL_AID));

    private static final List<AisField> AID_TO_NAVIGATION_UNSCALED =
            List.of(
                    AidToNavigation.AID_TYPE,
                    AidToNavigation.NAME,
                    AidToNavigation.ACCURACY,
                    AidToNavigation.LON,
                    AidToNavigation.LAT,
                    AidToNavigation.TO_BOW,
                    AidToNavigation.TO_STERN,
                    AidToNavigation.TO_PORT,
                    AidToNavigation.TO_STARBOARD,
                    AidToNavigation.EPFD,
                    AidToNavigation.SECOND,
                    AidToNavigation.REGIONAL,
                    AidToNavigation.OFF_POSITION,
                    AidToNavigation.RAIM,
                    AidToNavigation.VIRTUAL_AID);

    /** Type 24 part A; not in the by-type table: {@link #of} picks the part. */
    static final AisLayout STATIC_A = new AisLayout(24, 160, 168, List.of(StaticA.SHIPNAME));

    /** Type 24 part B of a ship. */
    static final AisLayout STATIC_B =
            new AisLayout(
                    24,
                    168,
                    168,
                    List.of(
                            StaticB.SHIPTYPE,
                            StaticB.VENDORID,
                            StaticB.MODEL,
                            StaticB.SERIAL,
                            StaticB.CALLSIGN,
                            StaticB.TO_BOW,
                            StaticB.TO_STERN,
                            StaticB.TO_PORT,
                            StaticB.TO_STARBOARD));

    /**
     * Type 24 part B of an auxiliary craft (MMSI 98MIDXXXX), which sends its mother ship's MMSI
     * where others send dimensions.
     */
    static final AisLayout STATIC_B_AUXILIARY =
            new AisLayout(
                    24,
                    168,
                    168,
                    List.of(
                            StaticB.SHIPTYPE,
                            StaticB.VENDORID,
                            StaticB.MODEL,
                            StaticB.SERIAL,
                            StaticB.CALLSIGN,
                            StaticB.MOTHERSHIP_MMSI));

    static final AisLayout LONG_RANGE =
            layout(
                    27,
                    96,
                    168,
                    List.of(
                            LongRange.STATUS,
                            LongRange.ACCURACY,
                            LongRange.LON,
                            LongRange.LAT,
                            LongRange.SPEED,
                            LongRange.COURSE,
                            LongRange.RAIM,
                            LongRange.GNSS));

    static {
        // Types whose body sealane does not decode: only their length is checked.
        headerOnly(6, 88, 1008);
        headerOnly(8, 56, 1008);
        headerOnly(17, 80, 816);
        headerOnly(22, 168, 168);
        headerOnly(23, 160, 160);
        headerOnly(25, 40, 168);
        headerOnly(26, 60, 1064);
    }

    private AisLayouts() {}

    /**
     * The layout of a message, or null when ITU-R M.1371 defines no such type (0, above 27, or a
     * type 24 part number 2 or 3).
     */
    public static AisLayout of(SixBitPayload bits) {
        int type = TYPE.unsigned(bits);
        if (type != 24) {
            return type < BY_TYPE.length ? BY_TYPE[type] : null;
        }
        int part = PART.unsigned(bits);
        if (part == 0) {
            return STATIC_A;
        }
        if (part > 1) {
            return null;
        }
        return isAuxiliary(MMSI.unsigned(bits)) ? STATIC_B_AUXILIARY : STATIC_B;
    }

    /**
     * The fields in the order gpsd prints them: the layout's order, except that gpsd's unscaled
     * output moves a type 21's {@code accuracy} before its position.
     */
    static List<AisField> printOrder(AisLayout layout, boolean scaled) {
        return layout == AID_TO_NAVIGATION && !scaled
                ? AID_TO_NAVIGATION_UNSCALED
                : layout.fields();
    }

    /** True when sealane decodes the fields of {@code type}, not only its header. */
    public static boolean decodesBody(int type) {
        if (type == 24) {
            return true;
        }
        return type > 0
                && type < BY_TYPE.length
                && BY_TYPE[type] != null
                && !BY_TYPE[type].fields().isEmpty();
    }

    /** Auxiliary craft of a mother ship have MMSIs 98MIDXXXX (ITU-R M.585). */
    static boolean isAuxiliary(long mmsi) {
        return mmsi / 10_000_000 == 98;
    }

    private static List<AisField> classA() {
        return List.of(
                ClassA.STATUS,
                ClassA.TURN,
                ClassA.SPEED,
                ClassA.ACCURACY,
                ClassA.LON,
                ClassA.LAT,
                ClassA.COURSE,
                ClassA.HEADING,
                ClassA.SECOND,
                ClassA.MANEUVER,
                ClassA.RAIM,
                ClassA.RADIO);
    }

    private static List<AisField> acknowledgement() {
        return List.of(
                Acknowledgement.MMSI1,
                Acknowledgement.MMSI2,
                Acknowledgement.MMSI3,
                Acknowledgement.MMSI4);
    }

    private static List<AisField> baseStation() {
        return List.of(
                BaseStation.TIMESTAMP,
                BaseStation.ACCURACY,
                BaseStation.LON,
                BaseStation.LAT,
                BaseStation.EPFD,
                BaseStation.RAIM,
                BaseStation.RADIO);
    }

    private static AisLayout layout(int type, int minBits, int maxBits, List<AisField> fields) {
        AisLayout layout = new AisLayout(type, minBits, maxBits, fields);
        BY_TYPE[type] = layout;
        return layout;
    }

    private static void headerOnly(int type, int minBits, int maxBits) {
        layout(type, minBits, maxBits, List.of());
    }
}
