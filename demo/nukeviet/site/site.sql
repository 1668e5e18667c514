-- MySQL dump 10.13  Distrib 5.7.44, for Linux (x86_64)
/*!40101 SET NAMES utf8mb4 */;

DROP TABLE IF EXISTS `nv4_vi_news_cat`;
CREATE TABLE `nv4_vi_news_cat` (
  catid smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  parentid smallint(5) unsigned NOT NULL DEFAULT '0',
  title varchar(250) NOT NULL,
  titlesite varchar(250) DEFAULT '',
  alias varchar(250) NOT NULL DEFAULT '',
  description text,
  descriptionhtml text,
  image varchar(255) DEFAULT '',
  viewdescription tinyint(2) NOT NULL DEFAULT '0',
  weight smallint(5) unsigned NOT NULL DEFAULT '0',
  sort smallint(5) NOT NULL DEFAULT '0',
  lev smallint(5) NOT NULL DEFAULT '0',
  viewcat varchar(50) NOT NULL DEFAULT 'viewcat_page_new',
  numsubcat smallint(5) NOT NULL DEFAULT '0',
  subcatid varchar(255) DEFAULT '',
  numlinks tinyint(2) unsigned NOT NULL DEFAULT '3',
  newday tinyint(2) unsigned NOT NULL DEFAULT '2',
  featured int(11) NOT NULL DEFAULT '0',
  ad_block_cat varchar(255) NOT NULL DEFAULT '',
  layout_func varchar(100) NOT NULL DEFAULT '',
  keywords text,
  admins text,
  add_time int(11) unsigned NOT NULL DEFAULT '0',
  edit_time int(11) unsigned NOT NULL DEFAULT '0',
  groups_view varchar(255) DEFAULT '',
  status smallint(4) NOT NULL DEFAULT '1',
  PRIMARY KEY (catid),
  UNIQUE KEY alias (alias),
  KEY parentid (parentid),
  KEY status (status)
) ENGINE=MyISAM;
LOCK TABLES `nv4_vi_news_cat` WRITE;
INSERT INTO `nv4_vi_news_cat` VALUES (1,0,'Hoạt động chuyên môn','','hoat-dong-chuyen-mon','','','',0,1,0,0,'',0,'',0,0,0,'','','','',0,0,'',1),
(2,0,'Tin tức nhà trường','','tin-tuc-nha-truong','','','',0,2,0,0,'',0,'',0,0,0,'','','','',0,0,'',1);
UNLOCK TABLES;

DROP TABLE IF EXISTS `nv4_vi_news_sources`;
CREATE TABLE `nv4_vi_news_sources` (
  sourceid mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  title varchar(250) NOT NULL DEFAULT '',
  link varchar(255) DEFAULT '',
  logo varchar(255) DEFAULT '',
  weight mediumint(8) unsigned NOT NULL DEFAULT '0',
  add_time int(11) unsigned NOT NULL,
  edit_time int(11) unsigned NOT NULL,
  PRIMARY KEY (sourceid),
  UNIQUE KEY title (title)
) ENGINE=MyISAM;
LOCK TABLES `nv4_vi_news_sources` WRITE;
INSERT INTO `nv4_vi_news_sources` VALUES (1,'Báo Bình Dương','https://baobinhduong.vn','',0,0,0);
UNLOCK TABLES;

DROP TABLE IF EXISTS `nv4_vi_news_rows`;
CREATE TABLE `nv4_vi_news_rows` (
  id int(11) unsigned NOT NULL auto_increment,
  catid smallint(5) unsigned NOT NULL default '0',
  listcatid varchar(255) NOT NULL default '',
  topicid smallint(5) unsigned NOT NULL default '0',
  admin_id mediumint(8) unsigned NOT NULL default '0',
  author varchar(250) default '',
  sourceid mediumint(8) NOT NULL default '0',
  addtime int(11) unsigned NOT NULL default '0',
  edittime int(11) unsigned NOT NULL default '0',
  status tinyint(4) NOT NULL default '1',
  weight int(11) unsigned NOT NULL default '0',
  publtime int(11) unsigned NOT NULL default '0',
  exptime int(11) unsigned NOT NULL default '0',
  archive tinyint(1) unsigned NOT NULL default '0',
  title varchar(250) NOT NULL default '',
  alias varchar(250) NOT NULL default '',
  hometext text NOT NULL,
  homeimgfile varchar(255) default '',
  homeimgalt varchar(255) default '',
  homeimgthumb tinyint(4) NOT NULL default '0',
  inhome tinyint(1) unsigned NOT NULL default '0',
  allowed_comm varchar(255) default '',
  allowed_rating tinyint(1) unsigned NOT NULL default '0',
  external_link tinyint(1) unsigned NOT NULL default '0',
  hitstotal mediumint(8) unsigned NOT NULL default '0',
  hitscm mediumint(8) unsigned NOT NULL default '0',
  total_rating int(11) NOT NULL default '0',
  click_rating int(11) NOT NULL default '0',
  instant_active tinyint(1) NOT NULL default '0',
  instant_template varchar(100) NOT NULL default '',
  instant_creatauto tinyint(1) NOT NULL default '0',
  PRIMARY KEY (id),
  KEY catid (catid),
  KEY topicid (topicid),
  KEY admin_id (admin_id),
  KEY author (author),
  KEY title (title),
  KEY addtime (addtime),
  KEY edittime (edittime),
  KEY publtime (publtime),
  KEY exptime (exptime),
  KEY status (status),
  KEY instant_active (instant_active),
  KEY instant_creatauto (instant_creatauto)
) ENGINE=MyISAM;
LOCK TABLES `nv4_vi_news_rows` WRITE;
INSERT INTO `nv4_vi_news_rows` VALUES (1,2,'2',0,0,'Nguyễn Văn An',1,1725494400,0,1,0,1725494400,0,0,'Lễ khai giảng năm học 2024-2025','le-khai-giang-nam-hoc-2024-2025','Sáng 5/9, trường tổ chức <b>lễ khai giảng</b>.','2024_09/khai-giang.png','Lễ chào cờ',1,0,'',0,0,0,0,0,0,0,'',0),
(2,1,'1,2',0,0,'Trần Thị Bình',0,0,0,1,0,1728694800,0,0,'Hội thảo đổi mới phương pháp dạy học','hoi-thao-doi-moi-phuong-phap-day-hoc','Tổ Toán tổ chức hội thảo.','','',0,0,'',0,0,0,0,0,0,0,'',0),
(3,2,'',0,0,'',0,0,0,1,0,1425258000,0,0,'Th�ng b�o l�ch thi h�c k�','thong-bao-lich-thi','Lịch thi học kỳ II.','','',0,0,'',0,0,0,0,0,0,0,'',0),
(4,2,'',0,0,'',0,0,0,1,0,1451869200,0,0,'Bài mất nội dung','bai-mat-noi-dung','','','',0,0,'',0,0,0,0,0,0,0,'',0),
(5,1,'',0,0,'',0,0,0,0,0,1730422800,0,0,'Bản nháp chưa đăng','ban-nhap','','','',0,0,'',0,0,0,0,0,0,0,'',0);
UNLOCK TABLES;

DROP TABLE IF EXISTS `nv4_vi_news_detail`;
CREATE TABLE `nv4_vi_news_detail` (
  id int(11) unsigned NOT NULL,
  titlesite varchar(255) NOT NULL DEFAULT '',
  description text NOT NULL,
  bodyhtml longtext NOT NULL,
  voicedata text NULL DEFAULT NULL,
  keywords varchar(255) default '',
  sourcetext varchar(255) default '',
  files TEXT NULL,
  imgposition tinyint(1) NOT NULL default '1',
  layout_func varchar(100) DEFAULT '',
  copyright tinyint(1) NOT NULL default '0',
  allowed_send tinyint(1) NOT NULL default '0',
  allowed_print tinyint(1) NOT NULL default '0',
  allowed_save tinyint(1) NOT NULL default '0',
  PRIMARY KEY (id)
) ENGINE=MyISAM;
LOCK TABLES `nv4_vi_news_detail` WRITE;
INSERT INTO `nv4_vi_news_detail` VALUES (1,'','','<p>Đúng 7 giờ, lễ chào cờ bắt đầu.</p><p><img src="/uploads/news/2024_09/hoc-sinh.png" alt="Học sinh dự lễ" style="width:100%"> Học sinh dự lễ.</p><p>Xem thêm <a href="/news/hoat-dong-chuyen-mon/hoi-thao-doi-moi-phuong-phap-day-hoc-2.html">hội thảo</a> và <a href="/uploads/news/2024_09/ke-hoach.pdf">kế hoạch</a>.</p><script>alert(1)</script>','','','Báo Bình Dương','2024_09/ke-hoach.pdf',0,'',0,0,0,0),
(2,'','','<p>Nội dung <b>chưa đóng thẻ <div><table><tr><td>Lớp<td>Sĩ số<tr><td>6A<td>42</table><font color="red">Chữ đỏ<p>Đoạn cuối','','','','',0,'',0,0,0,0),
(3,'','','<p>Lịch thi từ ngày 10/3.</p>','','','','',0,'',0,0,0,0),
(5,'','','<p>Chưa hoàn thành.</p>','','','','',0,'',0,0,0,0);
UNLOCK TABLES;

DROP TABLE IF EXISTS `nv4_vi_laws_cat`;
CREATE TABLE `nv4_vi_laws_cat` (
  id smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  parentid smallint(4) unsigned NOT NULL DEFAULT '0',
  alias varchar(249) NOT NULL,
  title varchar(249) NOT NULL,
  introduction mediumtext NOT NULL,
  keywords varchar(255) NOT NULL,
  newday tinyint(2) unsigned NOT NULL DEFAULT '5',
  addtime int(11) unsigned NOT NULL DEFAULT '0',
  weight smallint(4) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id),
  UNIQUE KEY alias (alias,parentid),
  KEY weight (weight)
) ENGINE=MyISAM;
LOCK TABLES `nv4_vi_laws_cat` WRITE;
INSERT INTO `nv4_vi_laws_cat` VALUES (1,0,'quyet-dinh','Quyết định','','',0,0,0),
(2,0,'cong-van','Công văn','','',0,0,0);
UNLOCK TABLES;

DROP TABLE IF EXISTS `nv4_vi_laws_subject`;
CREATE TABLE `nv4_vi_laws_subject` (
  id smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  alias varchar(250) NOT NULL,
  title varchar(250) NOT NULL,
  introduction mediumtext NOT NULL,
  keywords varchar(255) NOT NULL,
  numcount int(10) NOT NULL DEFAULT '0',
  numlink tinyint(2) NOT NULL DEFAULT '5',
  addtime int(11) unsigned NOT NULL DEFAULT '0',
  weight smallint(4) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id),
  UNIQUE KEY alias (alias),
  KEY weight (weight)
) ENGINE=MyISAM;
LOCK TABLES `nv4_vi_laws_subject` WRITE;
INSERT INTO `nv4_vi_laws_subject` VALUES (1,'truong','Trường THCS Nguyễn Viết Xuân','','',0,0,0,0);
UNLOCK TABLES;

DROP TABLE IF EXISTS `nv4_vi_laws_area`;
CREATE TABLE `nv4_vi_laws_area` (
  id smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  parentid smallint(4) unsigned NOT NULL DEFAULT '0',
  alias varchar(249) NOT NULL,
  title varchar(249) NOT NULL,
  introduction mediumtext NOT NULL,
  keywords varchar(255) NOT NULL,
  addtime int(11) unsigned NOT NULL DEFAULT '0',
  weight smallint(4) unsigned NOT NULL DEFAULT '0',
  sort smallint(5) unsigned NOT NULL DEFAULT '1',
  lev tinyint(1) unsigned NOT NULL DEFAULT '0',
  numsubcat tinyint(1) unsigned NOT NULL DEFAULT '0',
  subcatid varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (id),
  UNIQUE KEY alias (alias,parentid),
  KEY weight (weight),
  KEY sort (sort)
) ENGINE=MyISAM;
LOCK TABLES `nv4_vi_laws_area` WRITE;
INSERT INTO `nv4_vi_laws_area` VALUES (1,0,'thcs','Giáo dục trung học cơ sở','','',0,0,0,0,0,'');
UNLOCK TABLES;

DROP TABLE IF EXISTS `nv4_vi_laws_signer`;
CREATE TABLE `nv4_vi_laws_signer` (
  id smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  title varchar(255) NOT NULL,
  offices varchar(255) NOT NULL DEFAULT '',
  positions varchar(255) NOT NULL DEFAULT '',
  addtime int(11) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id)
) ENGINE=MyISAM;
LOCK TABLES `nv4_vi_laws_signer` WRITE;
INSERT INTO `nv4_vi_laws_signer` VALUES (1,'Lê Văn Cường','','Hiệu trưởng',0);
UNLOCK TABLES;

DROP TABLE IF EXISTS `nv4_vi_laws_row`;
CREATE TABLE `nv4_vi_laws_row` (
  id int(10) NOT NULL AUTO_INCREMENT,
  replacement varchar(255) NOT NULL DEFAULT '',
  relatement varchar(255) NOT NULL DEFAULT '',
  title varchar(255) NOT NULL,
  alias varchar(255) NOT NULL,
  code varchar(50) NOT NULL,
  area_ids varchar(191) NOT NULL DEFAULT '',
  cid smallint(4) unsigned NOT NULL DEFAULT '0',
  sid smallint(4) unsigned NOT NULL DEFAULT '0',
  eid smallint(4) unsigned NOT NULL DEFAULT '0',
  sgid smallint(4) unsigned NOT NULL DEFAULT '0',
  note text NOT NULL,
  introtext text NOT NULL,
  bodytext mediumtext NOT NULL,
  keywords varchar(255) NOT NULL,
  groups_view varchar(255) NOT NULL,
  groups_download varchar(255) NOT NULL,
  files mediumtext NOT NULL,
  status tinyint(1) NOT NULL,
  approval tinyint(1) NOT NULL,
  addtime int(11) NOT NULL,
  edittime int(11) NOT NULL,
  publtime int(11) NOT NULL DEFAULT '0',
  start_comm_time int(11) NULL,
  end_comm_time int(11) NULL,
  startvalid int(11) NOT NULL DEFAULT '0',
  exptime int(11) NOT NULL DEFAULT '0',
  view_hits mediumint(8) unsigned NOT NULL DEFAULT '0',
  download_hits mediumint(8) unsigned NOT NULL DEFAULT '0',
  admin_add mediumint(8) unsigned NOT NULL DEFAULT '0',
  admin_edit mediumint(8) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id),
  KEY area_ids (area_ids),
  KEY cid (cid),
  KEY sid (sid),
  KEY eid (eid),
  KEY sgid (sgid)
) ENGINE=MyISAM;
LOCK TABLES `nv4_vi_laws_row` WRITE;
INSERT INTO `nv4_vi_laws_row` VALUES (1,'','','Quyết định thành lập Ban biên tập cổng thông tin điện tử','qd-ban-bien-tap-1','15/QĐ-THCSNVX','1',1,1,0,1,'','Thành lập Ban biên tập.','','','','','2023_09/qd-15.pdf,2023_09/danh-sach.pdf',1,0,0,0,1694307600,0,0,1694307600,0,0,0,0,0),
(2,'1','','Quyết định kiện toàn Ban biên tập','qd-kien-toan-2','20/QĐ-THCSNVX','',1,1,0,1,'','','','','','','',1,0,0,0,1725325200,0,0,0,0,0,0,0,0),
(3,'','','Văn bản số hiệu hỏng','so-hong-3','???','',0,0,0,0,'','','','','','','',1,0,0,0,1641344400,0,0,0,0,0,0,0,0),
(4,'','','Công văn thiếu tệp','thieu-tep-4','31/THCSNVX-VP','',2,0,0,0,'','','','','','','2022_02/khong-co.pdf',1,0,0,0,1643677200,0,0,0,0,0,0,0,0);
UNLOCK TABLES;

DROP TABLE IF EXISTS `nv4_vi_laws_row_area`;
CREATE TABLE `nv4_vi_laws_row_area` (
    row_id INT(10) UNSIGNED NOT NULL ,
    area_id SMALLINT(4) UNSIGNED NOT NULL,
    UNIQUE KEY alias (row_id, area_id)
) ENGINE=MyISAM;
LOCK TABLES `nv4_vi_laws_row_area` WRITE;
INSERT INTO `nv4_vi_laws_row_area` VALUES (1,1);
UNLOCK TABLES;

DROP TABLE IF EXISTS `nv4_vi_page`;
CREATE TABLE `nv4_vi_page` (
 id mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
 title varchar(250) NOT NULL,
 alias varchar(250) NOT NULL,
 image varchar(255) DEFAULT '',
 imagealt varchar(255) DEFAULT '',
 imageposition tinyint(1) UNSIGNED NOT NULL DEFAULT '0',
 description text,
 bodytext mediumtext NOT NULL,
 keywords text,
 socialbutton tinyint(4) NOT NULL DEFAULT '0',
 activecomm varchar(255) DEFAULT '',
 layout_func varchar(100) DEFAULT '',
 weight smallint(4) NOT NULL DEFAULT '0',
 admin_id mediumint(8) unsigned NOT NULL DEFAULT '0',
 add_time int(11) NOT NULL DEFAULT '0',
 edit_time int(11) NOT NULL DEFAULT '0',
 status tinyint(1) unsigned NOT NULL DEFAULT '0',
 hitstotal MEDIUMINT(8) UNSIGNED NOT NULL DEFAULT '0',
 hot_post TINYINT(1) UNSIGNED NOT NULL DEFAULT '0',
 PRIMARY KEY (id),
 UNIQUE KEY alias (alias)
) ENGINE=MyISAM;
LOCK TABLES `nv4_vi_page` WRITE;
INSERT INTO `nv4_vi_page` VALUES (1,'Giới thiệu','gioi-thieu','','',0,'','<p>Trường thành lập năm 1995.</p>','',0,'','',0,0,0,0,1,0,0),
(2,'Liên hệ','lien-he','','',0,'','<p>Điện thoại: 0274 3822 000.</p>','',0,'','',0,0,0,0,1,0,0);
UNLOCK TABLES;

CREATE TABLE `nv4_vi_download` (
  id int(11) NOT NULL,
  title varchar(250) NOT NULL,
  PRIMARY KEY (id)
);
INSERT INTO `nv4_vi_download` VALUES (1,'Phần mềm quản lý trường học');
-- Dump completed on 2025-05-20 10:00:00
