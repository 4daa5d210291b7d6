import 'gongwen/element';
