// The default English rule pack. Words are matched whole (see RulePack), so inflected forms
// are listed.

#include "pack_builder.hpp"

namespace kefu {

RulePack RulePack::default_en() {
  using C = Category;
  using S = Scenario;
  detail::PackBuilder b("en");

  // Safety: electric leakage, smoke, fire, sparks, gas, batteries, swallowed parts, people
  // locked out or in, people hurt, and an abnormal noise (异响, a product-safety fault in the
  // quick-response guide). A leak only beside gas, below.
  b.safety({"leaking electricity", "electric leakage", "electrical leakage", "electric shock",
            "electrical shock", "got a shock", "gave me a shock", "shocked me", "got shocked",
            "smoke", "smoking", "smokes", "smoked", "spark", "sparks", "sparking", "sparked",
            "fire", "caught fire", "on fire", "burning smell", "smells like burning",
            "smell of burning", "burning plastic", "burnt", "burned", "smell gas", "smells gas",
            "gas leak", "gas smell", "smell of gas", "leaking gas", "swell", "swollen", "swelling",
            "swelled", "bulging", "explode", "exploded", "explosion", "swallowed", "locked out",
            "locked in", "trapped", "injured", "injury", "bleeding", "hurt", "extremely hot",
            "overheating", "overheated", "too hot to touch", "abnormal noise", "abnormal noises",
            "abnormal sound", "unusual noise", "unusual noises", "strange noise", "strange noises",
            "strange sound", "weird noise",
            // more ways people say a shock, being shut in, a wound
            "electric shocks", "shocked my", "shockd", "a jolt", "tingle", "locked her in",
            "locked him in", "stitches", "scalded", "sliced my", "hit my head", "alight",
            "gives me a shock", "giving me a shock", "cut his mouth", "cut her mouth",
            "cut my mouth", "cut his tongue", "cut her tongue", "cut my hand", "cut his hand",
            "cut her hand", "cut my finger"});
  b.beside({"gas", "propane", "lpg", "butane"});
  b.safety({"leak", "leaks", "leaking", "leaked", "hissing", "smelling of", "smells of",
            "still burning", "dizzy"});
  b.always();
  // Hazards as an object and what it does (kefu's choice: "hot" is a risk beside a thing that
  // should not get hot, so a hot deal or hot water raise nothing). Heat:
  b.hazard_near(
      {"charger",      "chargers",    "charging cable", "cable",          "cord",      "wire",
       "wires",        "plug",        "plugs",          "socket",         "sockets",   "outlet",
       "outlets",      "power strip", "extension cord", "extension lead", "adapter",   "adaptor",
       "power supply", "battery",     "batteries",      "power bank",     "powerbank", "phone",
       "laptop",       "tablet",      "ipad",           "iphone",         "earbuds",   "headphones",
       "watch",        "switch",      "casing",         "motor",          "router",    "e-bike",
       "ebike",        "scooter",     "bulb",           "lamp",           "remote"},
      32, "heat");
  b.safety(
      {"hot", "burning hot", "scalding", "heats up", "heating up", "melted", "melting", "melt"});
  // Fire, smoke, sparks, melting, bursting: any appliance or its parts.
  b.hazard_near({"charger",
                 "chargers",
                 "charging cable",
                 "cable",
                 "cord",
                 "wire",
                 "wires",
                 "plug",
                 "plugs",
                 "socket",
                 "sockets",
                 "outlet",
                 "outlets",
                 "power strip",
                 "extension cord",
                 "extension lead",
                 "adapter",
                 "adaptor",
                 "power supply",
                 "battery",
                 "batteries",
                 "power bank",
                 "powerbank",
                 "phone",
                 "laptop",
                 "tablet",
                 "ipad",
                 "iphone",
                 "earbuds",
                 "headphones",
                 "watch",
                 "switch",
                 "casing",
                 "motor",
                 "router",
                 "e-bike",
                 "ebike",
                 "scooter",
                 "bulb",
                 "lamp",
                 "remote",
                 "heater",
                 "space heater",
                 "stove",
                 "oven",
                 "toaster",
                 "microwave",
                 "kettle",
                 "dryer",
                 "washer",
                 "washing machine",
                 "fridge",
                 "refrigerator",
                 "freezer",
                 "tv",
                 "television",
                 "air conditioner",
                 "ac",
                 "fan",
                 "blender",
                 "air fryer",
                 "rice cooker",
                 "hair dryer",
                 "hairdryer",
                 "straightener",
                 "curling iron",
                 "iron",
                 "appliance",
                 "unit",
                 "machine",
                 "device",
                 "vacuum",
                 "dishwasher",
                 "water heater",
                 "boiler",
                 "it",
                 "thing"},
                32, "fire");
  b.safety({"flames",    "flame",       "flaming",    "burning",     "popped",    "blew up",
            "burst",     "crackling",   "sizzling",   "fizzing",     "arcing",    "charred",
            "blackened", "black marks", "smoldering", "smouldering", "zapped",    "zaps",
            "zapping",   "tingling",    "tingles",    "electrified", "puffed up", "puffy",
            "bloated",   "bulge",       "bulges",     "bang",        "arcs"});
  // Food that made someone ill.
  b.hazard_near({"ate",    "eaten",    "eating",  "eat",     "food",    "meal",    "snack",
                 "snacks", "milk",     "formula", "yogurt",  "yoghurt", "juice",   "drink",
                 "drank",  "drinking", "meat",    "chicken", "seafood", "fish",    "shrimp",
                 "cake",   "bread",    "cookies", "sauce",   "canned",  "takeout", "takeaway"},
                64, "food");
  b.safety({"threw up",     "throwing up",  "throw up",      "vomit",         "vomiting",
            "vomited",      "puking",       "puked",         "diarrhea",      "diarrhoea",
            "the runs",     "stomach ache", "stomachache",   "stomach pain",  "stomach cramps",
            "got sick",     "gotten sick",  "been sick",     "was sick",      "were sick",
            "made me sick", "made us sick", "made him sick", "made her sick", "feel sick",
            "feeling sick", "felt sick",    "poisoned",      "poisoning",     "allergic reaction",
            "rash",         "hives",        "hospital"});
  // Something small swallowed, by a child or a pet.
  b.hazard_near({"kid",   "child", "son",    "daughter", "baby",       "toddler",        "dog",
                 "cat",   "puppy", "magnet", "magnets",  "battery",    "button battery", "bead",
                 "beads", "screw", "part",   "piece",    "silica gel", "desiccant"},
                24, "swallowed");
  b.safety({"swallow", "choked on"});
  b.hazard_near({"magnet", "magnets", "battery", "batteries", "button battery", "bead", "beads",
                 "screw", "screws", "silica gel", "desiccant"},
                24, "swallowed");
  b.safety({"ate a", "ate the", "ate one", "ate some", "chewed", "in her mouth", "in his mouth",
            "bit into"});
  // Someone shut in by a lock or a door (the labelling guide: locked out or in); a card or
  // clothes stuck inside are no hazard, so a person is the object.
  b.hazard_near(
      {"mother", "mum", "mom", "dad", "father", "grandma", "grandpa", "grandmother", "grandfather",
       "husband", "wife", "kid", "child", "son", "daughter", "baby", "toddler"},
      24, "locked");
  b.safety({"stuck inside", "locked inside", "shut inside", "can't get out", "cannot get out"});
  b.always();
  // Wrong medicine shipped: 特急, the warehouse's case (logistics).
  b.beside({"medicine", "medicines", "medication", "medications", "pills", "tablets", "drug",
            "drugs", "prescription", "meds", "insulin", "dose", "eye drops", "ear drops",
            "antibiotic", "ibuprofen", "suppositories", "blood thinner"});
  b.critical_goods({"wrong", "wrong item", "wrong product", "not what i ordered", "instead of",
                    "aren't what i ordered", "isn't what i ordered", "someone else's", "swapped",
                    "by mistake", "not his prescription", "not her prescription",
                    "not my prescription"});
  b.always();
  // Non-essential defects (Tmall role: glue, chipped paint, a slow air leak).
  b.non_essential({"glue",
                   "glue marks",
                   "glue residue",
                   "paint chip",
                   "paint chipped",
                   "chipped paint",
                   "paint is chipping",
                   "peeling paint",
                   "paint peeling",
                   "loose thread",
                   "loose threads",
                   "minor flaw",
                   "small flaw",
                   "tiny flaw",
                   "cosmetic",
                   "blemish",
                   "doesn't affect use",
                   "does not affect use",
                   "still works",
                   "losing air",
                   "losing a little air",
                   "losing some air",
                   "loses air",
                   "leaks air",
                   "leaking air",
                   "air leak",
                   "deflating",
                   "deflates"});
  b.negations({"not",     "no",     "never",   "without", "nothing", "none",   "isn't",  "isnt",
               "doesn't", "doesnt", "don't",   "dont",    "didn't",  "didnt",  "wasn't", "wasnt",
               "won't",   "wont",   "can't",   "cant",    "cannot",  "aren't", "hasn't", "hasnt",
               "haven't", "isn’t",  "doesn’t", "don’t",   "didn’t",  "wasn’t", "won’t",  "can’t"});
  b.neutral({"not sure",         "no idea",           "won't stop",
             "doesn't stop",     "can't stop",        "not stop",
             "never stops",      "no matter",         "fire alarm",
             "smoke alarm",      "smoke detector",    "firmware",
             "no longer",        "fire extinguisher", "fire extinguishers",
             "fire blanket",     "fire blankets",     "fire door",
             "fire tv",          "flame failure",     "smoke out",
             "locked in the app"});
  // Phrases that hold a hazard behaviour without meaning it.
  b.neutral({"hot water",
             "hot air",
             "hot deal",
             "hot deals",
             "hot sale",
             "hot item",
             "hot seller",
             "hot pink",
             "hot chocolate",
             "hot tub",
             "hot spot",
             "hot topic",
             "hot wash",
             "hot cycle",
             "hot setting",
             "hot and cold",
             "hot food",
             "hot drink",
             "hot drinks",
             "hot weather",
             "fire stick",
             "firestick",
             "fire tv",
             "kindle fire",
             "fire sale",
             "sick of",
             "sick and tired",
             "burning question",
             "burst pipe",
             "popped up",
             "pops up",
             "swallowed my card",
             "swallowed my coins",
             "swallowed my money",
             "big bang",
             "bang for"});
  b.questions_before({"will it", "will the", "would it", "could it", "could the", "can it",
                      "can the", "does it", "does the", "do they", "is it", "is there", "is this",
                      "might it", "what if"});
  // Hypotheticals and precautions beside the questions (kefu's choice).
  b.questions_before({"is it safe",     "worried it",    "worried that",   "afraid it",
                      "afraid that",    "scared it",     "scared that",    "concerned it",
                      "concerned that", "in case",       "risk of",        "prevent",
                      "avoid",          "is that",       "are they",       "could this",
                      "would this",     "will this",     "should i worry", "might",
                      "could these",    "can these",     "do these",       "does this",
                      "will leaving",   "will charging", "how often"});
  b.questions_after({"is that normal", "is this normal", "is it normal", "is that safe",
                     "is this safe", "is it safe", "is that ok", "is that okay", "should i worry",
                     "should i be worried"});
  // Past events that are over (kefu's choice): the marker nearest before a cue decides.
  b.past({"last time", "previously", "used to", "once before", "my old", "the old one",
          "the previous", "my last one", "years ago", "last month", "last year", "last week",
          "the one that", "replacement for"});
  b.present({"again", "now", "today", "just now", "this morning", "tonight", "this time", "still",
             "bought", "new one", "suddenly", "right now"});
  b.resolved({"was fixed",     "got fixed",    "been fixed",        "is fixed",
              "fixed it",      "fixed now",    "was repaired",      "got repaired",
              "been repaired", "was replaced", "been replaced",     "got replaced",
              "replaced it",   "resolved",     "sorted out",        "fine now",
              "ok now",        "okay now",     "no problems since", "no issues since",
              "all good now"});

  // Flags.
  b.repeat({"again", "still nobody", "still no one", "third time", "second time",
            "complained twice", "complained before", "already complained", "complained",
            "many times", "several times", "keep calling", "still not fixed"});
  b.escalation({"manager", "supervisor", "lawyer", "attorney", "sue", "court",
                "consumer protection", "social media", "report you", "escalate", "media"});
  b.flag({"fresh produce", "fresh food", "seafood", "fruit", "vegetables", "meat", "cake", "milk",
          "flowers", "frozen food", "go bad", "going bad"},
         Flag::perishable);
  b.spoiled({"spoiled", "spoilt", "rotten", "gone bad", "went bad", "moldy", "mouldy", "expired",
             "thawed", "stale"});

  // Complaints.
  b.category({"complain", "complaint"}, C::complaint, 3.0);
  b.scenario({"complain", "complaint"}, S::service_complaint, 1.0);
  b.category(
      {"terrible", "awful", "horrible", "ridiculous", "unacceptable", "garbage", "trash", "worst",
       "scam", "insult", "disappointed", "disappointing", "terrible quality", "awful quality",
       "poor quality", "bad quality", "never showed up", "not happy", "unhappy"},
      C::complaint, 2.5);
  b.scenario({"rude",           "useless",          "overcharged",    "nobody answers",
              "no one answers", "nobody picked up", "on hold",        "called me back",
              "call me back",   "can't reach",      "cant reach",     "chatbot",
              "no response",    "ignored",          "ignoring",       "hung up",
              "hang up",        "dismissive",       "unprofessional", "no reply",
              "never replied"},
             S::service_complaint, 2.0, C::complaint, 2.0);
  // Staff out of uniform, no follow-up, an apology demanded: the service is the subject.
  b.scenario({"uniform", "no uniform", "without a uniform", "didn't wear a uniform",
              "did not wear a uniform", "wasn't wearing a uniform", "not wearing a uniform",
              "not in uniform"},
             S::service_complaint, 2.5, C::complaint, 2.5);
  b.scenario({"didn't follow up", "did not follow up", "never followed up", "no follow-up",
              "no follow up", "nobody followed up", "no one followed up", "not followed up"},
             S::service_complaint, 3.0, C::complaint, 3.0);
  b.scenario({"apology", "apologize", "apologise"}, S::service_complaint, 1.0, C::complaint, 2.0);
  b.scenario(
      {"different installer", "another installer", "different technician", "another technician"},
      S::service_complaint, 2.0, C::complaint, 2.0);
  // An empty parcel is a complaint about the delivery.
  b.scenario(
      {"empty parcel", "empty package", "empty box", "parcel was empty", "package was empty"},
      S::logistics, 3.0, C::complaint, 3.0);
  b.scenario({"delayed", "delay", "late delivery"}, S::logistics, 3.0, C::after_sales, 2.0);
  b.scenario(
      {"customer service", "resolution", "after-sales team", "support team", "support agent"},
      S::service_complaint, 2.0);

  // Faults.
  b.scenario({"not working",
              "stopped working",
              "doesn't work",
              "doesnt work",
              "won't work",
              "isn't working",
              "won't charge",
              "not charging",
              "won't turn on",
              "doesn't turn on",
              "no sound",
              "no picture",
              "not cooling",
              "stopped cooling",
              "not cold",
              "not heating",
              "isn't heating",
              "isnt heating",
              "doesn't heat",
              "won't heat",
              "doesn't drain",
              "won't drain",
              "not draining",
              "broke",
              "broken",
              "faulty",
              "defective",
              "malfunction",
              "malfunctioning",
              "error code",
              "jamming",
              "jams",
              "jammed",
              "flicker",
              "flickers",
              "flickering",
              "black screen",
              "stays black",
              "noise",
              "noisy",
              "banging",
              "rattling",
              "leaking water",
              "leaks water",
              "dead",
              "repair",
              "repaired",
              "fix",
              "doesn't recognize",
              "won't recognize",
              "no longer"},
             S::fault_repair, 2.0, C::after_sales, 2.0);

  // Usage questions.
  b.scenario(
      {"how do i", "how to",   "how often", "how can i", "where is the", "what does", "can this",
       "be used",  "settings", "setting",   "reset",     "timer",        "mode",      "option",
       "descale",  "pair",     "connect",   "filter",    "is it normal", "is it safe"},
      S::usage_inquiry, 1.5, C::inquiry, 1.0);

  // Returns, exchanges, refunds.
  b.scenario({"return",
              "returned",
              "returning",
              "refund",
              "refunded",
              "refunds",
              "exchange",
              "replacement",
              "swap",
              "swapped",
              "send it back",
              "send back",
              "too small",
              "too big",
              "wrong size",
              "wrong item",
              "wrong color",
              "wrong colour",
              "not as described",
              "different from the photos",
              "chip",
              "chipped",
              "scratch",
              "scratched",
              "dent",
              "dented",
              "shrank",
              "shrunk",
              "changed my mind",
              "still sealed",
              "unopened",
              "opened the box"},
             S::return_exchange, 3.0, C::after_sales, 2.0);

  // Installation, value-added services, remote assistance.
  b.scenario({"install", "installation", "installed", "mount", "mounting"}, S::installation, 3.0,
             C::after_sales, 2.0);
  // The person, not the job: weaker than asking for an installation.
  b.scenario({"installer", "installers"}, S::installation, 1.5, C::after_sales, 1.0);
  b.scenario({"include installation", "includes installation", "installation included"},
             S::installation, 3.0, C::inquiry, 3.0);
  b.scenario({"extended warranty", "warranty extension", "maintenance", "deep cleaning",
              "cleaning service", "annual check", "inspection", "service plan"},
             S::value_added, 3.0, C::after_sales, 2.0);
  b.scenario(
      {"remotely", "remote in", "remote access", "remote assistance", "remote support",
       "take remote control", "video call", "walk me through", "screen share", "screen sharing"},
      S::remote_assist, 3.0, C::after_sales, 2.0);

  // Logistics; a parcel signed for but not received is an after-sales case, urgent.
  b.scenario({"tracking",
              "package",
              "parcel",
              "courier",
              "delivery",
              "delivered",
              "shipped",
              "ship",
              "shipping",
              "in transit",
              "where is my order",
              "locker",
              "days to deliver",
              "deliver",
              "delivery guy",
              "dispatch",
              "dispatched",
              "not shipped",
              "hasn't shipped",
              "still not shipped"},
             S::logistics, 3.0);
  b.scenario({"stuck"}, S::logistics, 1.0);
  b.scenario({"never got", "never received", "not received", "didn't receive", "haven't received",
              "never arrived", "lost", "delivered to the wrong"},
             S::logistics, 4.0, C::after_sales, 2.5);
  b.priority({"never got", "never received", "not received", "didn't receive", "haven't received",
              "never arrived", "lost", "delivered to the wrong"},
             Priority::high);

  // Order changes.
  b.scenario({"change the address", "change my address", "wrong shipping address", "wrong address",
              "update the address", "cancel my order", "cancel the order", "cancel order",
              "change the color", "change the colour", "change the size", "phone number",
              "delivery date", "modify my order", "change my order"},
             S::order_change, 3.5, C::inquiry, 1.0);

  // Suggestions.
  b.category({"suggest", "suggestion", "it would be nice", "would be nice", "would be great",
              "please consider", "consider adding", "maybe add", "you should add",
              "feature request", "improve", "i wish"},
             C::suggestion, 3.0);

  // Plain questions.
  b.category({"how much", "when will", "what are", "do you have", "opening hours", "coupon",
              "coupons", "what is", "which one"},
             C::inquiry, 1.0);

  // Urgency.
  b.priority({"urgent", "urgently", "asap", "immediately", "right away", "expedite", "emergency"},
             Priority::high);

  // More phrasings of the same kinds.
  b.safety({"overheat", "overheats", "melted plug", "plug melted", "scorched", "scorch marks",
            "short circuit", "shorted", "choking", "choked", "electrocuted"});
  b.scenario({"keeps disconnecting", "disconnects", "turns off", "shuts off", "shuts down",
              "won't start", "crashes", "keeps restarting", "no display", "blank display",
              "display is blank", "blank screen", "screen is blank", "won't power on"},
             S::fault_repair, 2.0, C::after_sales, 2.0);
  b.scenario(
      {"hole", "used item", "second-hand", "stain", "stained", "missing part", "missing parts"},
      S::return_exchange, 3.0, C::after_sales, 2.0);
  b.scenario({"support agent"}, S::service_complaint, 2.0);
  b.scenario({"not here", "hasn't arrived", "missing package"}, S::logistics, 4.0, C::after_sales,
             2.5);
  b.priority({"not here", "hasn't arrived", "missing package"}, Priority::high);
  b.scenario({"shipping address", "delivery address", "recipient name"}, S::order_change, 3.5,
             C::inquiry, 1.0);

  return std::move(b).finish(12);
}

}  // namespace kefu
