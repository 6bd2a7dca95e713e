# Common words and sentences used by several parts of sip.
# Each file in this folder belongs to one area; the same ids exist in ../sv/ in Swedish.

antal-planer = { $antal ->
    [one] { $antal } plan
   *[other] { $antal } plans
}
