#include "phrase_bank.hpp"

namespace kefu::sample {

// Per channel (phone, online chat, web form, WeChat, app): questions and order matters go to
// the phone and the chat; web forms carry after-sales requests and complaints, which are
// written down with photos; WeChat and the app carry parcel questions. Each column sums to 1000.
const std::vector<TopicPhrases>& phrase_bank() {
  static const std::vector<TopicPhrases> bank{
      {Topic::usage_question,
       {309, 336, 0, 286, 256},
       {"请问这款空气净化器的滤网多久换一次", "洗碗机第一次用要怎么设置", "扫地机器人怎么连接手机",
        "请问会员积分怎么兑换", "请问保修期是多久", "电饭煲的预约功能怎么用",
        "发票怎么开，能开专票吗", "请问这个型号和上一代有什么区别"}},
      {Topic::logistics,
       {140, 160, 0, 230, 260},
       {"我的快递到哪了，三天了物流都没更新", "请问什么时候发货", "快递一直显示派送中还没送到",
        "订单显示已发货但是查不到物流信息", "能不能帮我催一下快递"}},
      {Topic::order_change,
       {70, 80, 0, 60, 90},
       {"我想修改收货地址", "订单能改成周末送货吗", "下错单了，想改一下颜色",
        "能帮我把订单里的数量改成两台吗"}},
      {Topic::return_exchange,
       {120, 140, 345, 150, 150},
       {"衣服尺码不合适想退货", "收到的颜色发错了，申请换货", "七天无理由退货怎么办理",
        "商品有划痕，我要换一台新的", "退款什么时候到账"}},
      {Topic::fault,
       {150, 100, 280, 110, 110},
       {"洗衣机不脱水了", "空调开机没反应", "冰箱不制冷了", "热水器出水不热",
        "电视开机黑屏，没有画面", "油烟机噪音特别大"}},
      {Topic::installation,
       {40, 30, 110, 30, 30},
       {"热水器什么时候能上门安装", "空调到了，想预约安装", "洗碗机需要师傅上门安装吗"}},
      {Topic::service_complaint,
       {80, 70, 110, 60, 50},
       {"客服态度太差了，我要投诉", "我要投诉快递员不送货上门", "维修师傅迟到了三个小时，我要投诉",
        "答应给我回电话一直没人打，我要投诉"}},
      {Topic::product_complaint,
       {40, 40, 90, 40, 30},
       {"我要投诉！洗衣机送来就是坏的", "新买的手机用了两天就黑屏，太失望了，要投诉",
        "投诉：产品质量太差，刚买就坏了"}},
      {Topic::repeat_complaint,
       {3, 2, 5, 2, 2},
       {"上次投诉的问题到现在还没解决，这是第二次投诉了", "同一个问题投诉过一次了，还是没人管"}},
      {Topic::suggestion,
       {20, 25, 40, 20, 10},
       {"建议APP增加夜间模式", "建议你们的包装少用点塑料", "希望能增加晚上的送货时间段"}},
      {Topic::safety,
       {8, 3, 10, 3, 3},
       {"插座冒烟了还有焦味", "热水器漏电，手碰到有麻的感觉", "充电的时候电池鼓包发烫"}},
      {Topic::perishable,
       {10, 9, 10, 9, 9},
       {"买的海鲜到货已经变质发臭了", "冷链配送的牛奶送到时已经变质了"}},
      {Topic::spam, {10, 5, 0, 0, 0}, {"喂喂，打错了", "测试测试"}},
  };
  return bank;
}

}  // namespace kefu::sample
