// The default simplified Chinese rule pack: the SOPs (docs/rules.md §classify) and how
// customers write.

#include "pack_builder.hpp"

namespace kefu {

RulePack RulePack::default_zh() {
  using C = Category;
  using S = Scenario;
  detail::PackBuilder b("zh");

  // Safety (特急): electric leakage, smoke, fire, sparks, gas, batteries, swallowed parts,
  // people locked out or in, people hurt, and 异响, which the quick-response guide lists among
  // product-safety faults. 漏气 only beside gas, below.
  b.safety({"漏电",     "触电",     "被电",     "电到我",   "麻手",    "手麻",       "手就麻",
            "发麻",     "冒烟",     "冒黑烟",   "冒火星",   "火星",    "火花",       "着火",
            "起火",     "失火",     "自燃",     "烧起来",   "烧焦",    "焦味",       "焦糊",
            "糊味",     "烧塑料",   "烧黑",     "异响",     "煤气味",  "燃气味",     "天然气味",
            "鼓包",     "鼓起来",   "爆炸",     "异常发热", "烫手",    "烫得",       "过热",
            "吃错药",   "吞下",     "吞了",     "误吞",     "误食",    "锁在门外",   "锁在外面",
            "关在门外", "关在外面", "进不去家", "回不了家", "反锁",    "进不了家门", "进不了门",
            "被困",     "困在",     "划伤",     "割伤",     "流血",    "受伤",       "夹伤",
            "烫伤",     "砸伤",     "摔伤",     "漏液",     "鼓胀",    "膨胀",       "烧化",
            "熔化",     "冒白烟",   "白烟",     "黑烟",     "冒青烟",  "电火花",     "短路",
            "打火",     "电击",     "烧了",     "爆燃",     "电了我",  "楼电",       "烤着了",
            "烧着了",   "烫起泡",   "缝针",     "缝了几针", "血止不住"});
  // A gas appliance that leaks or smells is a gas leak.
  b.beside({"燃气", "煤气", "天然气", "液化气", "瓦斯"});
  b.safety({"漏气", "泄漏", "泄露", "漏了", "有味", "有股味", "气味", "嘶嘶", "还在出气", "还在烧",
            "一直在叫", "头晕"});
  b.always();
  // Hazards as an object and what it does (kefu's choice: a behaviour such as 烫 or 爆了 is a
  // risk only beside a thing that should not do it, so 烫发 or 太火爆了 raise nothing).
  // Heat: things that are not meant to get hot.
  b.hazard_near({"充电器",   "充电头", "充电线", "数据线", "插头",   "插座", "插排",   "插线板",
                 "排插",     "接线板", "电线",   "电源线", "适配器", "电源", "电池",   "充电宝",
                 "移动电源", "电瓶",   "手机",   "电脑",   "笔记本", "平板", "手表",   "耳机",
                 "机身",     "外壳",   "后盖",   "开关",   "面板",   "电机", "马达",   "主机",
                 "机器",     "路由器", "电动车", "充电桩", "灯泡",   "台灯", "显示器", "遥控器"},
                10, "heat");
  b.safety({"烫", "发热严重", "严重发热", "发热很严重", "发热厉害", "发热很厉害", "发热得厉害",
            "热得厉害", "热得不行", "热得吓人", "热的吓人"});
  // Fire, smoke, sparks, melting, bursting, live metal: any appliance or its parts.
  b.hazard_near(
      {"充电器", "充电头", "充电线", "数据线", "插头",   "插座",     "插排",   "插线板",   "排插",
       "接线板", "电线",   "电源线", "适配器", "电源",   "电池",     "充电宝", "移动电源", "电瓶",
       "手机",   "电脑",   "笔记本", "平板",   "手表",   "耳机",     "机身",   "外壳",     "后盖",
       "开关",   "面板",   "电机",   "马达",   "主机",   "机器",     "路由器", "电动车",   "充电桩",
       "灯泡",   "台灯",   "灯",     "显示器", "电视",   "冰箱",     "空调",   "外机",     "洗衣机",
       "热水器", "取暖器", "电暖器", "暖风机", "小太阳", "电热毯",   "电水壶", "烧水壶",   "热水壶",
       "电饭煲", "电饭锅", "电磁炉", "微波炉", "烤箱",   "空气炸锅", "吹风机", "电吹风",   "油烟机",
       "燃气灶", "煤气灶", "灶",     "电器",   "家电",   "产品",     "风扇",   "电扇",     "加湿器",
       "净化器", "扫地机", "洗碗机", "烘干机", "按摩椅", "电动牙刷", "剃须刀", "音箱",     "卷发棒",
       "挂烫机", "熨斗",   "水龙头", "门把手", "它",     "油汀",     "热水袋", "暖手宝",   "浴霸",
       "高压锅", "饭盒",   "窗帘",   "地毯"},
      10, "fire");
  b.safety({"冒火", "火苗", "明火",   "一团火", "冒出火", "出火",   "冒出烟", "冒了烟", "一股烟",
            "出烟", "有烟", "烟雾",   "起烟",   "熔了",   "烧坏了", "爆了",   "炸了",   "爆开",
            "炸开", "电人", "滋滋响", "滋滋",   "噼啪",   "啪啪响", "鼓了",   "胀了"});
  // Metal that is live.
  b.hazard_near({"外壳",   "机身", "水龙头", "门把手", "金属",   "后盖",   "边框",   "把手",
                 "面板",   "喷头", "出水口", "出风口", "铁片",   "门上",   "盖子",   "热水器",
                 "洗衣机", "冰箱", "洗碗机", "饮水机", "电磁炉", "足浴盆", "泡脚桶", "水壶"},
                10, "live");
  b.safety({"带电", "有电", "电人", "电手", "麻麻的", "电了一下", "麻了一下", "麻一下", "电得"});
  // Food that made someone ill.
  b.hazard_near({"吃了", "吃完", "吃过", "喝了", "喝完", "食用", "外卖", "食物", "食品",
                 "零食", "奶粉", "牛奶", "酸奶", "饮料", "罐头", "肉",   "海鲜", "蛋糕",
                 "月饼", "面包", "饼干", "坚果", "吃的", "喝的", "饭",   "菜"},
                20, "food");
  b.safety({"吐了", "呕吐", "一直吐", "上吐下泻", "拉肚子", "腹泻", "拉稀", "肚子疼", "肚子痛",
            "胃疼", "胃痛", "中毒", "过敏", "起疹子", "进医院", "住院", "送医", "去医院", "急诊"});
  // Something small swallowed, by a child or a pet.
  b.hazard_near({"孩子", "宝宝", "小孩", "儿子", "女儿", "娃", "狗", "猫", "零件", "螺丝", "电池",
                 "纽扣电池", "磁铁", "磁珠", "珠子", "小球", "弹珠", "干燥剂"},
                10, "swallowed");
  b.safety(
      {"吞", "咽下", "咽了", "卡在喉咙", "卡喉咙", "卡嗓子", "噎住", "噎到", "吃进去", "嘴里含着"});
  // Someone shut in or out by a lock or a door (the labelling guide: locked out or in).
  b.hazard_near({"老人", "孩子", "宝宝", "小孩", "儿子", "女儿", "闺女", "我爸", "我妈", "老公",
                 "老婆", "爷爷", "奶奶", "外婆", "外公"},
                12, "locked");
  b.safety({"出不来", "被锁在", "被关在", "锁在里面", "关在里面", "锁在屋里", "关在屋里"});
  b.always();
  // Wrong medicine shipped (药品类产品错发): 特急 by the job description, and the warehouse's
  // case (logistics), not a product-safety one.
  b.beside({"药", "胰岛素", "处方", "退烧栓", "滴耳液"});
  b.critical_goods({"发错",     "错发",     "寄错",       "发成了",     "发的不是", "收到的是",
                    "发来的是", "寄来的是", "不是我买的", "不是我要的", "药不对",   "发成",
                    "寄成",     "规格不对", "规格错",     "型号不对",   "剂量不对", "对不上",
                    "装反",     "别人的药", "不是同一种"});
  b.always();
  // Non-essential defects (Tmall role: 胶水, 掉漆, 漏气 that do not affect use); 漏气 beside
  // gas is the safety risk above, which clears this flag.
  b.non_essential({"胶水", "胶印", "溢胶", "掉漆", "漏气", "线头", "瑕疵", "不影响使用", "不影响用",
                   "不影响穿", "不影响正常使用"});

  b.negations(
      {"没有", "没", "不是", "不", "无", "未", "并非", "别", "不会", "并没有", "从没", "没什么"});
  b.neutral({"不小心",   "不停",     "不断",     "不知道", "不得了",   "不了",    "没多久",
             "没几天",   "没想到",   "没过多久", "不一会", "没一会",   "不到",    "不敢",
             "不行",     "不住",     "差不多",   "不少",   "维修师傅", "在吗",    "在不在",
             "过热保护", "怎么反锁", "反锁功能", "爆炸款", "充电到",   "不知如何"});
  // Words that hold a hazard behaviour without meaning it.
  b.neutral({"烫发",       "烫头",       "烫染",     "烫卷",     "熨烫",   "烫衣服",   "烫金",
             "烫钻",       "烫画",       "火爆",     "火爆了",   "爆款",   "爆单",     "爆满",
             "爆料",       "气炸了",     "吞币",     "吞钱",     "吞卡",   "吞硬币",   "发烧",
             "吃了药",     "过敏药",     "过敏体质", "电量",     "发烧了", "吞了我的", "吞了钱",
             "吞了硬币",   "内存爆",     "爆仓",     "烟雾报警", "烟感",   "打火机",   "打火针",
             "打火打不着", "嗓子都冒烟", "嗓子冒烟"});
  b.questions_before(
      {"会不会", "是否", "是不是", "能不能", "可不可能", "有没有", "担心", "怕", "万一", "如果"});
  b.questions_after({"吗", "吧", "嘛"});
  // Hypotheticals and precautions beside the questions (kefu's choice).
  b.questions_before({"要是", "假如", "假设", "可能会", "防止", "避免", "预防", "以防", "以免"});
  b.questions_after({"正常吗", "正常的吗", "正常吧", "安全吗", "没事吧", "有事吗", "有危险吗"});
  // Past events that are over (kefu's choice): the marker nearest before a cue decides.
  b.past({"上次", "上回", "曾经", "以前有过", "之前有过", "那次", "之前那个", "旧的那个", "上一台",
          "上一个", "去年", "上周", "上个月", "以前", "之前"});
  b.present({"又", "现在", "今天", "刚才", "刚刚", "这次", "突然", "还是", "买的", "买了", "新的",
             "再次", "又开始"});
  b.resolved({"修好了", "已经修好", "已修好", "修复了", "已修复", "解决了", "已经解决", "已解决",
              "换了新的", "换新了", "已经换了", "换过了", "现在好了", "现在没事了", "没事了",
              "没问题了", "正常了", "换好了", "已经退了"});

  // Flags.
  b.repeat({"又来了", "再次", "已经投诉过", "投诉过", "第二次", "第三次", "反映了", "反映过",
            "说过好几次", "多次", "好几次", "还是没解决", "还是没人", "一直没人", "上次说的"});
  b.flag({"又"}, Flag::repeat_complaint);
  b.escalation({"经理", "领导",     "主管", "负责人", "12315", "消协", "消费者协会",
                "工商", "市场监管", "曝光", "媒体",   "微博",  "抖音", "律师",
                "起诉", "法院",     "黑猫", "报警",   "举报",  "315"});
  b.flag({"生鲜", "海鲜", "水果", "蔬菜", "牛排", "蛋糕", "牛奶", "鲜花", "大闸蟹", "螃蟹",
          "车厘子", "樱桃", "冷链", "肉类"},
         Flag::perishable);
  b.spoiled({"变质", "臭了", "烂了", "发霉", "过期", "馊了", "化冻", "解冻了", "蔫了", "不新鲜"});

  // Complaints: dissatisfaction with quality, attitude, delay or a handling result.
  b.category({"投诉"}, C::complaint, 3.0);
  b.scenario({"投诉"}, S::service_complaint, 1.0);
  b.category(
      {"差评", "太差", "垃圾", "骗子", "骗人", "坑人", "太过分", "过分", "什么服务", "不靠谱",
       "凭什么", "还好意思", "质量太差", "质量差", "质量不行", "翻新机", "到底管不管", "管不管"},
      C::complaint, 2.5);
  b.category({"太慢", "这么慢", "慢得要死", "失望", "粗糙", "还没来"}, C::complaint, 1.5);
  b.scenario(
      {"态度差",   "态度太差", "态度很差", "态度恶劣", "什么态度", "恶劣",   "不满意",   "效率太低",
       "踢皮球",   "推卸",     "答非所问", "不专业",   "专业一点", "没人理", "没人管",   "没人处理",
       "没人回复", "没人联系", "不回复",   "不回答",   "打不通",   "挂了",   "阴阳怪气", "给个说法",
       "乱收费",   "迟到",     "说好的",   "拖了",     "转人工"},
      S::service_complaint, 2.0, C::complaint, 2.0);
  // Staff out of uniform, no follow-up, an apology demanded: the service is the subject (the
  // SOP toolkit's complaint record, the quick-response guide's 服务体验投诉).
  b.scenario({"工服", "工作服", "未穿工服", "没穿工服", "没有穿工服", "不穿工服", "未穿工作服",
              "没穿工作服", "没有穿工作服", "不穿工作服"},
             S::service_complaint, 2.5, C::complaint, 2.5);
  b.scenario({"未及时跟进", "没及时跟进", "没有及时跟进", "未跟进", "没跟进", "没有跟进",
              "没人跟进", "跟进不及时", "未回访", "没回访", "没有回访", "没人回访"},
             S::service_complaint, 3.0, C::complaint, 3.0);
  b.scenario({"道歉"}, S::service_complaint, 1.0, C::complaint, 2.0);
  b.scenario(
      {"更换安装师傅", "换安装师傅", "换个安装师傅", "换一个安装师傅", "换个师傅", "换一个师傅"},
      S::service_complaint, 2.0, C::complaint, 2.0);
  // An empty parcel is a complaint about the delivery (the job description's example).
  b.scenario({"空包裹", "空包", "空盒子", "空箱子", "空快递"}, S::logistics, 3.0, C::complaint,
             3.0);
  // Punitive compensation is demanded in complaints.
  b.scenario({"三倍赔偿", "假一赔三", "退一赔三", "十倍赔偿"}, S::return_exchange, 3.0,
             C::complaint, 3.0);
  b.scenario({"处理结果", "回复慢", "客服态度"}, S::service_complaint, 2.0);

  // Faults (产品故障报修).
  b.scenario({"坏了",     "故障",     "报修",     "维修",       "修一下",   "能修",     "修理",
              "上门修",   "黑屏",     "花屏",     "闪屏",       "失灵",     "没反应",   "没声音",
              "没有声音", "开不了机", "不开机",   "无法开机",   "不转",     "不回充",   "充不进电",
              "充不上电", "充电慢",   "充电很慢", "充电特别慢", "卡纸",     "卡住",     "漏水",
              "声音很大", "杂音",     "噪音",     "吸力",       "不排水",   "进水慢",   "进水很慢",
              "不脱水",   "不出水",   "不出雾",   "不出风",     "出水很少", "出水少",   "竖线",
              "横线",     "定位不准", "不准",     "识别不了",   "连不上",   "断了",     "裂了",
              "碎了",     "不工作",   "不亮",     "打不着火",   "点不着火", "忽冷忽热", "对不上焦",
              "模糊",     "拉不开",   "关不严",   "也没用",     "不好用",   "用不了"},
             S::fault_repair, 2.0, C::after_sales, 2.0);
  b.scenario({"不制冷", "不制热", "不冷了", "不冷", "不热", "水不热", "不出热水"}, S::fault_repair,
             3.0, C::after_sales, 2.0);

  // Usage questions (使用操作咨询).
  b.scenario(
      {"怎么用",   "怎么设置", "如何设置", "设置",     "怎么连",   "怎么打开", "怎么开", "怎么换",
       "怎么拆",   "怎么清洗", "除垢",     "怎么添加", "恢复出厂", "多久换",   "多久",   "功能",
       "模式",     "使用",     "可以用",   "能用",     "可以放",   "什么意思", "正常吗", "正常的吗",
       "是正常的", "投屏",     "滤网",     "滤芯",     "选哪个",   "定时",     "激活"},
      S::usage_inquiry, 1.5, C::inquiry, 1.0);

  // Returns, exchanges, refunds (退换货).
  b.scenario(
      {"退货",   "退款",     "换货", "退换", "换一个", "换一下", "换大",   "换小", "换个", "想换",
       "能换",   "退了",     "能退", "想退", "退回",   "寄回",   "无理由", "尺码", "码数", "色差",
       "差太多", "描述不符", "不符", "划痕", "缺口",   "起球",   "缩水",   "异味", "破了", "破损",
       "发错",   "错发",     "少发", "重做", "退差价", "不想要", "宣传的"},
      S::return_exchange, 3.0, C::after_sales, 2.0);
  b.scenario({"退"}, S::return_exchange, 2.0, C::after_sales, 2.0);
  b.scenario({"补偿", "赔偿"}, S::return_exchange, 2.0, C::after_sales, 1.5);
  b.scenario({"到账"}, S::return_exchange, 1.5, C::after_sales, 1.0);

  // Installation (安装调试).
  b.scenario({"安装", "装好", "测量", "调试"}, S::installation, 3.0, C::after_sales, 2.0);
  b.scenario({"包安装", "安装费"}, S::installation, 3.0, C::inquiry, 3.0);

  // Value-added services (增值服务).
  b.scenario({"延保", "延长保修", "保养", "清洗服务", "深度清洗", "深度清洁", "检测", "上门清洗"},
             S::value_added, 3.0, C::after_sales, 2.0);

  // Remote assistance (远程协助).
  b.scenario({"远程", "视频指导", "开个视频", "视频教", "视频通话"}, S::remote_assist, 3.0,
             C::after_sales, 2.0);

  // Logistics (物流); a parcel signed for but not received is an after-sales case, urgent.
  b.scenario({"快递", "物流", "发货", "到哪", "查件", "包裹", "驿站", "配送", "派送", "顺丰",
              "几天能到", "没动", "不更新", "快递员", "还没发货", "没发货", "运费"},
             S::logistics, 3.0);
  // A delay reported is a logistics anomaly to follow up (a general problem, job description).
  b.scenario({"延迟", "延误"}, S::logistics, 3.0, C::after_sales, 2.0);
  b.scenario({"没收到", "没有收到", "未收到", "丢件", "丢了", "送错", "签收"}, S::logistics, 2.0,
             C::after_sales, 2.5);
  b.priority({"没收到", "没有收到", "未收到", "丢件", "丢了", "送错"}, Priority::high);

  // Order changes (订单修改).
  b.scenario({"改地址", "地址写错", "写错了", "填错", "改成", "修改订单", "取消订单", "取消",
              "拍错", "改一下", "合并发货", "发票抬头", "配送时间", "换地址"},
             S::order_change, 3.5, C::inquiry, 1.0);

  // Suggestions (建议类).
  b.category(
      {"建议", "改进", "优化", "就好了", "我觉得可以", "能不能出", "增加一个", "加个", "最好能"},
      C::suggestion, 3.0);
  b.category({"希望"}, C::suggestion, 2.0);

  // Plain questions.
  b.category({"请问", "想问", "问一下", "如何", "多少钱", "怎么", "什么时候", "区别", "哪里买",
              "是多久", "是多少", "优惠", "活动", "实体店", "上班"},
             C::inquiry, 1.0);
  b.category({"吗"}, C::inquiry, 0.5);

  // Urgency.
  b.priority({"急", "急用", "紧急", "尽快", "马上", "赶紧", "催一下"}, Priority::high);

  // More phrasings of the same kinds.
  b.safety({"鼓胀", "电池膨胀", "烧化", "熔化", "冒白烟", "白烟", "黑烟", "冒青烟", "电火花",
            "短路", "电击"});
  b.scenario({"跳闸",   "自动关机", "死机",     "结冰",       "关不上",   "不启动",     "启动不了",
              "掉线",   "连接不上", "断开",     "无法启动",   "不能启动", "启动不起来", "无显示",
              "不显示", "没显示",   "没有显示", "显示不出来", "失效",     "功能失效",   "晃动"},
             S::fault_repair, 2.0, C::after_sales, 2.0);
  b.scenario({"破洞", "二手", "污渍", "漏发", "缺件"}, S::return_exchange, 3.0, C::after_sales,
             2.0);
  b.scenario({"敷衍", "不回消息", "爱答不理", "不耐烦", "推脱", "糊弄"}, S::service_complaint, 2.0,
             C::complaint, 2.0);
  b.scenario({"第一次用"}, S::usage_inquiry, 1.5, C::inquiry, 1.0);

  return std::move(b).finish(2);
}

}  // namespace kefu
