/**
 * What no SDK can do, printed with every plan so that nobody thinks the deploy did it.
 * Each says why it stays manual.
 */
export const MANUAL_STEPS: readonly string[] = [
  '用户隐私保护指引 (mp.weixin.qq.com → 设置 → 服务内容声明): declare the phone number (手机号, booking form) and the clipboard (剪切板, copying an appointment number). No API writes it; an undeclared API fails on users\' phones.',
  '订阅消息 templates (mp.weixin.qq.com → 功能 → 订阅消息): apply for the citizen and staff templates, then enter their ids under 工作台 → 设置. Templates are granted by WeChat review, not by an API.',
  '短信 (console.cloud.tencent.com/smsv2): create the SMS application (SdkAppId), apply for the sign (签名, 政府机关 with its proof) and one notification template per message kind, then enter the SdkAppId, the sign and the template ids under 工作台 → 设置 → 短信; set SMS_SECRET_ID and SMS_SECRET_KEY for the deploy to a CAM key allowed sms:SendSms only (docs/deploy.md, "SMS"). Signs and templates are granted by Tencent\'s review, not by an API.',
  'Upload key and IP whitelist (mp.weixin.qq.com → 开发管理 → 开发设置 → 小程序代码上传): download the key to the path in WX_UPLOAD_KEY_PATH and whitelist this machine\'s IP, or miniprogram-ci cannot upload. Only the account\'s administrator can do it, by scanning a QR code.',
  'Openapi permissions (config.json): the platform documents reading them when DevTools uploads a function; an upload through the management API carries config.json in the code but whether it applies it is not documented (docs/deploy.md). After the first deploy, check 云开发控制台 → 云函数 → booking/scheduler → 云调用 lists phonenumber.getPhoneNumber / subscribeMessage.send, or upload those two once from DevTools (上传并部署：云端安装依赖).',
  'downloadFile 合法域名 (mp.weixin.qq.com → 开发管理 → 开发设置 → 服务器域名): add the cloud storage download domain (https://<bucket>.tcb.qcloud.la, shown in 云开发控制台 → 存储) so the app can download the register and forms it opens with openDocument. Only the account\'s administrator can change the domain list.',
  '发布 (release): the uploaded version becomes the experience version only when chosen in mp.weixin.qq.com → 版本管理, and goes live after WeChat\'s review. Review is a human step.',
]
