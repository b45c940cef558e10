package com.homeroom.sample;

/** One teacher's 工作记录 row. Hours may have a half (12.5). */
record Activity(int meetings, int parentMeetings, int homeVisits, int phoneVisits, int practice, int archiveRate,
                double districtHours, double zoneHours, double schoolHours, String research) {

    Activity withMeetings(int m) {
        return new Activity(m, parentMeetings, homeVisits, phoneVisits, practice, archiveRate,
                districtHours, zoneHours, schoolHours, research);
    }

    Activity withTraining(double district, double zone, double school) {
        return new Activity(meetings, parentMeetings, homeVisits, phoneVisits, practice, archiveRate,
                district, zone, school, research);
    }
}
