package org.sealane.encounter;

/** The latest slow fix of one vessel in a cell of the encounter grid. A Flink POJO. */
public class CellVessel {

    private long mmsi;
    private long time;
    private double lat;
    private double lon;
    private boolean home;
    private String zoneId;

    public CellVessel() {}

    static CellVessel of(CellSighting cellSighting) {
        CellVessel vessel = new CellVessel();
        vessel.mmsi = cellSighting.sighting().mmsi();
        vessel.update(cellSighting);
        return vessel;
    }

    void update(CellSighting cellSighting) {
        time = cellSighting.sighting().time();
        lat = cellSighting.sighting().lat();
        lon = cellSighting.sighting().lon();
        home = cellSighting.home();
        zoneId = cellSighting.sighting().zoneId();
    }

    public long getMmsi() {
        return mmsi;
    }

    public void setMmsi(long mmsi) {
        this.mmsi = mmsi;
    }

    public long getTime() {
        return time;
    }

    public void setTime(long time) {
        this.time = time;
    }

    public double getLat() {
        return lat;
    }

    public void setLat(double lat) {
        this.lat = lat;
    }

    public double getLon() {
        return lon;
    }

    public void setLon(double lon) {
        this.lon = lon;
    }

    /** Whether the fix lies in this cell, rather than in a neighbour within reach. */
    public boolean isHome() {
        return home;
    }

    public void setHome(boolean home) {
        this.home = home;
    }

    public String getZoneId() {
        return zoneId;
    }

    public void setZoneId(String zoneId) {
        this.zoneId = zoneId;
    }
}
