package i18n

// zhErrors: the names and errors of the services a person meets: a claim
// status's name and a rejection reason's meaning inside a sentence, the
// chain that does not answer or refuses a transaction, the wallet's
// wrong passphrase and bad imports, an issuer's bad facts.
var zhErrors = map[string]string{
	// community.ClaimStatus ("rejected" is the faces' own, in zhFaces).
	"open":      "审核中",
	"approved":  "已批准",
	"paid":      "已支付",
	"expired":   "已过期",
	"status-%d": "状态 %d",

	// claims.Reason.Meaning: the reason's name in Chinese, then what it
	// means (the code's name, which a notary types, stays as it is).
	"the presentation does not verify (signature, holder or key binding, claim context)":   "证据无效：出示的凭证未通过验证（签名、持有人或密钥绑定、理赔申请上下文）",
	"the category is not covered, or the diagnosis falls outside eligibility or coverage":  "不在保障范围：类别不在保障范围内，或诊断日期不在可理赔期或保障期内",
	"the amount exceeds the treatment cost or the cap, or the cost is in another currency": "金额过高：金额超过治疗费用或上限，或费用以另一种货币计",
	"the issuer is not trusted in the community's registry":                                "签发机构不受信任：签发机构不在社区的信任名录中",
	"the medical event was already claimed, or the nullifier does not name it":             "重复事件：此医疗事件已申请过理赔，或防重复标识与其不符",
	"the envelope does not open or is not a claim":                                         "无法读取：加密信封打不开，或其内容不是理赔申请",
	"none of the above":               "其他：以上都不是",
	"a code this huzhu does not know": "此版本 huzhu 不认识的代码",
}
