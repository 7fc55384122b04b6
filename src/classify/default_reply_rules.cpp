// The default reply rules: the hotline standard's forbidden phrases (服务忌语) in the forms
// that scold, question or shift blame, its standard phrases and closing, the SOP toolkit's
// greetings, and English counterparts. Bare words that courteous replies use too (不清楚,
// 没办法, 听不见, I don't know) are not forbidden: only the phrases that carry the fault are.

#include <kefu/classify/reply_check.hpp>

#include <initializer_list>

namespace kefu {

ReplyRules ReplyRules::defaults() {
  ReplyRules rules;
  const auto forbid = [&rules](const char* kind, std::initializer_list<const char*> phrases) {
    for (const char* p : phrases) rules.forbidden.push_back({p, kind});
  };
  // 反问、质问: "你不是说XX吗?", "不是告诉你了,怎么还不明白?"
  forbid("rhetorical",
         {"你不是说", "不是告诉你了", "不是跟你说了", "怎么还不明白", "听不懂吗", "你听不懂",
          "到底懂不懂", "我不是说过了", "我说过了", "说了多少遍", "你自己不会看吗",
          "i already told you", "as i said before", "how many times"});
  // 斥责、不耐烦: "大点声,听不见!"
  forbid("scolding", {"大点声", "大声点", "听不见！", "烦不烦", "有完没完", "快点说", "你有病",
                      "神经病", "calm down", "are you deaf", "stop complaining"});
  // 推诿: "是我办的,不知道,不清楚", "你到XX部门问问吧", "这是规定,我有什么办法". Full-width
  // commas fold onto ASCII ones, so "不知道,不清楚" also matches "不知道，不清楚".
  forbid("blame_shifting", {"不知道,不清楚",
                            "不知道、不清楚",
                            "不知道。不清楚",
                            "不知道不清楚",
                            "不清楚,不知道",
                            "我也不知道",
                            "我也不清楚",
                            "我哪知道",
                            "我怎么知道",
                            "不是我办的",
                            "部门问问",
                            "你去问",
                            "去问问别人",
                            "找别的部门",
                            "找其他部门",
                            "不归我管",
                            "不是我负责",
                            "跟我没关系",
                            "与我无关",
                            "这是规定,我有什么办法",
                            "我有什么办法",
                            "我能有什么办法",
                            "我也没办法",
                            "我也没有办法",
                            "没办法,这是规定",
                            "没办法,规定就是这样",
                            "规定就是这样",
                            "你自己的问题",
                            "谁让你",
                            "not my problem",
                            "not my job",
                            "not my department",
                            "ask another department",
                            "nothing i can do",
                            "that's the policy",
                            "how should i know",
                            "don't ask me"});
  // 歧视、轻视: "你怎么连这个也不懂"
  forbid("discriminating",
         {"连这个也不懂", "连这个都不懂", "这都不会", "这么简单都不会", "爱买不买", "买不起",
          "you should have read", "take it or leave it", "obviously you"});
  rules.greetings = {"您好",
                     "你好",
                     "亲",
                     "欢迎",
                     "早上好",
                     "下午好",
                     "晚上好",
                     "hello",
                     "hi",
                     "good morning",
                     "good afternoon",
                     "good evening",
                     "dear",
                     "thank you for contacting",
                     "thanks for contacting"};
  // The hotline standard's closings: "请问您还有什么需要帮助?" (written 什麽 there too),
  // "感谢您的来电,欢迎再次拨打,再见", "谢谢您的合作,再见".
  rules.closings = {"感谢您的来电",
                    "感谢您的耐心",
                    "感谢您的支持",
                    "感谢您的理解",
                    "谢谢您的合作",
                    "欢迎再次拨打",
                    "祝您生活愉快",
                    "祝您愉快",
                    "再见",
                    "还有什么需要帮助",
                    "还有什麽需要帮助",
                    "还有其他需要帮助",
                    "还有什么可以帮您",
                    "还有其他可以帮您",
                    "随时联系我们",
                    "have a nice day",
                    "have a great day",
                    "goodbye",
                    "thank you for your patience",
                    "thanks for your patience",
                    "anything else i can help",
                    "is there anything else",
                    "thank you for contacting",
                    "thanks for contacting"};
  // The hotline standard's phone rule, "请" at the start and "好" at the end of what is asked
  // of the customer (请您稍等片刻,好吗?). Its own scripts keep one half or the other
  // (对不起,请稍等; 麻烦提供一下您的订单号,好吗?), so a hint needs both halves missing.
  rules.requests.cues = {"稍等",     "等一下",   "等一等",   "提供", "告诉我", "报一下",
                         "说一下",   "再说一遍", "重复一遍", "再拨", "挂机",   "留下",
                         "发一下",   "发给我",   "拍一下",   "拍张", "重启",   "确认一下",
                         "核对一下", "填一下",   "上传"};
  rules.requests.openers = {"请"};
  rules.requests.endings = {"好", "好吗", "好么", "好嘛", "好不好", "好吧"};
  return rules;
}

}  // namespace kefu
