# Group labelled ideas by the facts their level was decided from, and count
# the labels in each group (CONTRIBUTING.md, "Adding an analyzer rule", 9).
#
#   for d in ../shared/eval/*/ eval/heldout-*/; do backwards eval "$d" --facts; done |
#     jq -s -c --arg dim risk -f eval/group-facts.jq
#
# One line per group, largest first: the level given, how many ideas, their
# labels, and the facts they share. A group whose labels mostly disagree
# with its level is a reading to move. For risk, the grouping keeps the
# facts the level rule weighs (counts and presence), not every category
# set, which would split the groups too finely to count.

def key_facts:
  if $dim == "risk" then
    {acknowledged, dismissals, open_serious, open_unknown,
     mitigated: (.mitigated > 0), small_bet,
     unnamed: (.unnamed | length), serious: (.serious | length)}
  else . end;

map(select(.label != null))
| map({given: .given[$dim], label: .label[$dim], facts: (.facts[$dim] | key_facts)})
| group_by([.given, .facts])
| map({
    given: .[0].given,
    n: length,
    agree: (map(select(.label == .given)) | length),
    labels: (map(.label | tostring) | group_by(.) | map({key: .[0], value: length}) | from_entries),
    facts: .[0].facts
  })
| sort_by(-.n)
| .[]
