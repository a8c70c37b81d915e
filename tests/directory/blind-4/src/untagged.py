"""Hand choice of records that carry no frontdoor-tags: some with only the feed's own
category taxonomy, some with no attributes at all (as real feeds do). My labels never
depend on emitted tags, so this only changes what the search is given."""
FEED_ONLY = {
    "k_stitch_carl": ("LEIS-CRAFT", "Leisure: arts and crafts"),
    "k_walk_marsden": ("ACT-WALK", "Activities: walking and rambling"),
    "k_bereave_dews": ("HLTH-BEREAVE", "Health and wellbeing: bereavement"),
    "h_walk_knares": ("ACT-WALK", "Activities: walking"),
    "h_art_knares": ("LEIS-ART", "Leisure: arts"),
    "x_grief": ("WB-BEREAVE", "Wellbeing: bereavement"),
    "x_chess": ("LEIS-GAMES", "Leisure: games and clubs"),
    "p_walk_stives": ("WALK", "Walking groups"),
    "c_bowls": ("DEWIS-SPORT", "Sport and exercise"),
    "s_choir": ("ARTS", "Arts and culture"),
    "m_esol": ("LEARN-ESOL", "Learning: English for speakers of other languages"),
}
NO_ATTRS = {"k_garden_denby", "k_uke_hud", "h_taichi_pannal", "x_orchard", "x_knife",
            "p_art_newlyn", "c_walk_conwymtn", "c_art_deganwy", "s_walk_boa", "s_ceilidh",
            "m_walk_chorlton", "m_older", "m_choir_chorlton", "p_choir_stives"}
